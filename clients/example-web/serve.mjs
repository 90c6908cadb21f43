// The example front end's development server: node only, no dependencies. It serves the compiled pages, openapi-fetch's
// ESM from node_modules (the page's import map names it), index.html for every page path (history fallback: the
// e-mails' deep links), and proxies /api/* to the API so the browser stays on one origin (no CORS needed).
//   EXAMPLE_WEB_PORT  port on 127.0.0.1 (default 5173, the e-mails' Frontend:BaseUrl)
//   EXAMPLE_WEB_API   the API's origin (default http://127.0.0.1:7071)
//   EXAMPLE_WEB_DIST  the compiled pages (default ./dist, what `tsc -p clients/example-web` writes)
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer, request as forward } from "node:http";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const port = Number(process.env.EXAMPLE_WEB_PORT || 5173);
const api = new URL(process.env.EXAMPLE_WEB_API || "http://127.0.0.1:7071");
const dist = resolve(process.env.EXAMPLE_WEB_DIST || join(here, "dist"));
const publicDir = join(here, "public");
const openapiFetch = fileURLToPath(import.meta.resolve("openapi-fetch"));
const pagesEntry = "example-web/src/main.js";

const types = {
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
};

// The shell: the import map is the one inline script, allowed by its hash (nothing else inline runs).
const shell = await readFile(join(publicDir, "index.html"), "utf8");
const importMap = /<script type="importmap">([\s\S]*?)<\/script>/.exec(shell)?.[1];
if (importMap === undefined) throw new Error("public/index.html has no import map");
await stat(join(dist, pagesEntry)).catch(() => {
  throw new Error(`no compiled pages at ${join(dist, pagesEntry)}: run node_modules/.bin/tsc -p clients/example-web`);
});
const importMapHash = createHash("sha256").update(importMap).digest("base64");
const securityHeaders = {
  "Content-Security-Policy": `default-src 'self'; script-src 'self' 'sha256-${importMapHash}'; object-src 'none'; `
    + "base-uri 'none'; frame-ancestors 'none'",
  "Referrer-Policy": "no-referrer",
  "X-Content-Type-Options": "nosniff",
  "Cache-Control": "no-store",
};

/** The file under `root` that `relative` names, or null when it would leave `root`. */
function inside(root, relative) {
  let file;
  try {
    file = resolve(root, "." + sep + decodeURIComponent(relative));
  } catch {
    return null; // malformed escapes
  }
  return file.startsWith(root + sep) ? file : null;
}

async function sendFile(res, file) {
  const info = file === null ? null : await stat(file).catch(() => null);
  if (!info?.isFile()) return notFound(res);
  res.writeHead(200, { ...securityHeaders, "Content-Type": types[extname(file)] ?? "application/octet-stream" });
  createReadStream(file).pipe(res);
}

function notFound(res) {
  res.writeHead(404, { ...securityHeaders, "Content-Type": "text/plain; charset=utf-8" });
  res.end("Not found");
}

function proxy(req, res) {
  const upstream = forward(
    new URL(req.url, api),
    { method: req.method, headers: { ...req.headers, host: api.host } },
    answer => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
  upstream.on("error", error => {
    if (res.headersSent) return res.destroy(error);
    res.writeHead(502, { "Content-Type": "application/problem+json; charset=utf-8" });
    res.end(JSON.stringify({
      type: "about:blank", title: "接口服务未响应", status: 502,
      detail: `The example server could not reach the API at ${api.origin}: is it running?`,
    }));
  });
  req.pipe(upstream);
}

const server = createServer((req, res) => {
  const path = new URL(req.url ?? "/", "http://localhost").pathname;
  if (path === "/api" || path.startsWith("/api/")) return proxy(req, res);
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { ...securityHeaders, Allow: "GET, HEAD" });
    return res.end();
  }
  if (path === "/vendor/openapi-fetch.mjs") return sendFile(res, openapiFetch);
  if (path.startsWith("/js/")) return sendFile(res, inside(dist, path.slice("/js/".length)));
  if (path.startsWith("/static/")) return sendFile(res, inside(publicDir, path.slice("/static/".length)));
  if (extname(path) !== "") return notFound(res);
  res.writeHead(200, { ...securityHeaders, "Content-Type": "text/html; charset=utf-8" });
  res.end(shell);
});

server.listen(port, "127.0.0.1", () =>
  console.log(`example front end on http://localhost:${port}/ (API: ${api.origin})`));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});

// The TalentHukou API client: openapi-fetch over the types openapi-typescript generates from openapi.json
// (src/schema.d.ts, never edited by hand: regenerate with `scripts/typescript-client.sh generate`).
import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { paths } from "./schema.js";

// paths, components, operations and one named type per component schema (ApplicationView, ApplicationStage, …).
export type * from "./schema.js";

export interface TalentHukouClientOptions {
  /** The API root, including `/api`: e.g. `http://localhost:7071/api` locally. */
  baseUrl: string;
  /**
   * The fetch to send requests with; defaults to the global one. WeChat and 粤省事 mini-programs have no global fetch:
   * pass an adapter over `wx.request` / `my.request` (it receives a `Request` and must answer a `Response`).
   */
  fetch?: typeof fetch;
  /** The bearer token for each request (called per request, so it may refresh); omitted: anonymous calls. */
  token?: () => string | Promise<string>;
}

/** Typed methods per path and method: `client.GET("/applications/{applicationId}", { params: … })`. */
export type TalentHukouClient = Client<paths>;

export function createTalentHukouClient(options: TalentHukouClientOptions): TalentHukouClient {
  const injected = options.fetch;
  // openapi-fetch calls fetch with one Request; a wrapper keeps an injected fetch's own `this` binding out of it.
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    ...(injected ? { fetch: (request: Request) => injected(request) } : {}),
  });
  if (options.token) client.use(bearerToken(options.token));
  return client;
}

function bearerToken(token: () => string | Promise<string>): Middleware {
  return {
    async onRequest({ request }) {
      const value = await token();
      if (value) request.headers.set("Authorization", `Bearer ${value}`);
      return request;
    },
  };
}

/**
 * For the `default` branch of a `switch` over an open enum (stage, status, …). The enums may gain values: a value this
 * build does not know reaches `default` at run time and is answered with its raw text. Typed `never`, so after a
 * regeneration that adds a value, every switch that does not handle it yet stops compiling.
 */
export function unknownEnumValue(value: never): string {
  return String(value);
}

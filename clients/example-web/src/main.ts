import { createTalentHukouClient, type TalentHukouClient } from "../../typescript/src/index.js";
import { h, show } from "./dom.js";
import { cardPage } from "./pages/card.js";
import { correctionPage } from "./pages/correction.js";
import { registryRequestPage } from "./pages/registry-request.js";
import { statusPage } from "./pages/status.js";
import { ticketPage } from "./pages/ticket.js";
import { apiBaseUrl, currentSession, signInForm, signOut } from "./session.js";

type Page = (client: TalentHukouClient, id: string) => Promise<void>;

// The paths the e-mails link to (functions/TalentHukou.Workflows/Notifications/FrontendLinks.cs), one page each.
const routes: [RegExp, Page][] = [
  [/^\/applications\/([^/]+)$/, statusPage],
  [/^\/applications\/([^/]+)\/card$/, cardPage],
  [/^\/applications\/([^/]+)\/correction$/, correctionPage],
  [/^\/support\/tickets\/([^/]+)$/, ticketPage],
  [/^\/registry\/requests\/([^/]+)$/, registryRequestPage],
];

async function render(): Promise<void> {
  const session = currentSession();
  const identity = document.getElementById("identity")!;
  if (session === null) {
    identity.replaceChildren();
    return show(signInForm(() => void render().catch(showFailure)));
  }
  const out = h("button", { type: "button", id: "signOut" }, "退出 Sign out");
  out.addEventListener("click", () => {
    signOut();
    void render().catch(showFailure);
  });
  identity.replaceChildren(`开发身份 ${session.subject} `, out);
  const client = createTalentHukouClient({ baseUrl: apiBaseUrl(), token: () => session.token() });
  for (const [pattern, page] of routes) {
    const id = pattern.exec(location.pathname)?.[1];
    if (id !== undefined) return page(client, decodeURIComponent(id));
  }
  show(h("h2", {}, "示例前端 Example front end"),
    h("p", {}, "Open a link from an e-mail (maildev: http://localhost:1080). The pages this example serves:"),
    h("ul", {}, ...["/applications/{applicationId}", "/applications/{applicationId}/card",
      "/applications/{applicationId}/correction", "/support/tickets/{ticketId}", "/registry/requests/{requestId}"]
      .map(path => h("li", {}, h("code", {}, path)))));
}

/** A page that failed to load says so, rather than leave the last view (the sign-in form) standing. */
function showFailure(error: unknown): void {
  show(h("div", { class: "problem", role: "alert" }, `页面出错 The page failed: ${String(error)}`));
}

render().catch(showFailure);

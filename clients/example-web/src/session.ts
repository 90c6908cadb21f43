import { requestDevToken } from "../../typescript/src/dev-token.js";
import { h } from "./dom.js";

/**
 * Development sign-in: the local host's POST /api/dev/token mints a token for a dev identity (its `sub`). The page
 * keeps only the identity in sessionStorage (gone with the tab) and the token in memory; never in a URL or in
 * localStorage. A real front end signs in with the identity platform instead.
 */
const identityKey = "talenthukou-example.dev-identity";

export interface DevSession {
  readonly subject: string;
  token(): Promise<string>;
}

export function currentSession(): DevSession | null {
  const subject = sessionStorage.getItem(identityKey);
  return subject ? devSession(subject) : null;
}

function devSession(subject: string): DevSession {
  let minted: Promise<string> | null = null;
  return {
    subject,
    token: () => (minted ??= mint(subject)),
  };
}

function mint(subject: string): Promise<string> {
  return requestDevToken(apiBaseUrl(), { sub: subject, roles: ["applicant"], hours: 1 });
}

/** The API through the example server's same-origin proxy. */
export function apiBaseUrl(): string {
  return new URL("/api", location.origin).href;
}

/** The sign-in form; calls `signedIn` once an identity is chosen. */
export function signInForm(signedIn: () => void): HTMLElement {
  const subject = h("input", { id: "devSubject", name: "sub", required: "", autocomplete: "off", size: "40" });
  const form = h("form", { id: "signIn" },
    h("h2", {}, "开发环境登录 Development sign-in"),
    h("p", { class: "muted" },
      "This example signs in with the local host's development token. Enter the dev identity (the token's sub) "
      + "that submitted the application or filed the ticket."),
    h("label", {}, "开发身份 Dev identity (sub) ", subject),
    h("button", { type: "submit", id: "signInButton" }, "登录 Sign in"));
  form.addEventListener("submit", event => {
    event.preventDefault();
    sessionStorage.setItem(identityKey, subject.value.trim());
    signedIn();
  });
  return form;
}

export function signOut(): void {
  sessionStorage.removeItem(identityKey);
}

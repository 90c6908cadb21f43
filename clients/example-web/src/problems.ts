import type { Problem } from "../../typescript/src/index.js";
import { h } from "./dom.js";

/** An RFC 9457 answer as the API sent it: the Chinese title for people, the English detail, and any field errors. */
export function problemView(problem: Problem | undefined, response: Response): HTMLElement {
  if (problem === undefined)
    return h("div", { class: "problem", role: "alert" }, `请求失败 Request failed: HTTP ${response.status}`);
  const errors = Object.entries(problem.errors ?? {});
  return h("div", { class: "problem", role: "alert", "data-type": problem.type },
    h("strong", {}, problem.title),
    h("p", { class: "muted" }, problem.detail),
    errors.length === 0
      ? null
      : h("ul", {}, ...errors.map(([field, messages]) => h("li", {}, `${field}: ${messages.join("；")}`))));
}

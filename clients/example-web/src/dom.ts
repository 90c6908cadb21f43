/** Builds elements from text only (never HTML strings), so nothing the API returns can run as markup. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child !== null && child !== undefined) element.append(child);
  return element;
}

/** Replaces the page's content. */
export function show(...children: (Node | null)[]): void {
  document.getElementById("app")!.replaceChildren(...children.filter(child => child !== null));
}

/** A definition list from label/value pairs; missing values are left out. */
export function facts(pairs: [string, string | null | undefined][]): HTMLDListElement {
  const list = h("dl");
  for (const [label, value] of pairs)
    if (value !== null && value !== undefined && value !== "") list.append(h("dt", {}, label), h("dd", {}, value));
  return list;
}

/** A business time as Beijing time, the way the e-mails show it. */
export function when(iso: string | null | undefined): string | null {
  if (!iso) return null;
  return new Date(iso).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false });
}

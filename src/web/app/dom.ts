// Elements built node by node: text always goes in as text (textContent / text nodes), never as
// markup, so nothing a document says can become HTML.
type Child = Node | string | number | null | undefined | false;
type Handler = (e: Event) => void;

export interface Attrs {
  class?: string;
  text?: string;
  on?: Record<string, Handler>;
  [name: string]: string | number | boolean | undefined | Record<string, Handler>;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (name === 'on') for (const [ev, fn] of Object.entries(value as Record<string, Handler>)) el.addEventListener(ev, fn);
    else if (name === 'text') el.textContent = String(value);
    else if (name === 'class') el.className = String(value);
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  append(el, children);
  return el;
}

export function append(el: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}): SVGElementTagNameMap[K] {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/** A definition list from label–value pairs (values may be nodes). */
export function fields(rows: [string, Child | Child[]][], cls = 'fields'): HTMLDListElement {
  const dl = h('dl', { class: cls });
  for (const [k, v] of rows) append(dl, [h('dt', { text: k }), h('dd', {}, ...(Array.isArray(v) ? v : [v]))]);
  return dl;
}

export const byId = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} missing from the page`);
  return el as T;
};

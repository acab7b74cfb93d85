// Short notices for the analyst (saved, verified, failed with a code), read out by screen readers.
import { byId, h } from './dom.js';
import { ApiError } from './api.js';

export function toast(message: string, kind: 'ok' | 'error' = 'ok'): void {
  const box = byId('toasts');
  // One notice at a time beside the newest error: older ones only pile up over the work.
  for (const old of box.querySelectorAll(`.toast-${kind}`)) old.remove();
  const t = h('div', { class: `toast toast-${kind}`, role: kind === 'error' ? 'alert' : undefined, text: message });
  box.appendChild(t);
  window.setTimeout(() => t.remove(), kind === 'error' ? 9000 : 2500);
}

export const describeError = (e: unknown): string => (e instanceof ApiError ? e.describe() : e instanceof Error ? e.message : String(e));

/** An error shown where the content would be. */
export function errorBox(e: unknown, what: string): HTMLElement {
  return h('div', { class: 'error-box', role: 'alert' }, h('strong', { text: `Could not load ${what}.` }), ' ', h('code', { text: describeError(e) }));
}

export const loadingBox = (what: string): HTMLElement => h('p', { class: 'loading', role: 'status', text: `Loading ${what}…` });

// Views by the page address: #/inbox, #/documents/<sha256>, #/events?<filter>&event=<id>, #/banks,
// #/admin?<audit filter>.
export type Route =
  | { view: 'inbox'; params: URLSearchParams }
  | { view: 'document'; id: string; params: URLSearchParams }
  | { view: 'events'; params: URLSearchParams }
  | { view: 'banks'; params: URLSearchParams }
  | { view: 'admin'; params: URLSearchParams };

export function parseRoute(hash: string): Route {
  const [path, query = ''] = hash.replace(/^#/, '').split('?', 2);
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean);
  if (parts[0] === 'documents' && /^[0-9a-f]{64}$/.test(parts[1] ?? '')) return { view: 'document', id: parts[1], params };
  if (parts[0] === 'events') return { view: 'events', params };
  if (parts[0] === 'banks') return { view: 'banks', params };
  if (parts[0] === 'admin') return { view: 'admin', params };
  return { view: 'inbox', params };
}

export function href(path: string, params: Record<string, string | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return `#/${path}${s ? `?${s}` : ''}`;
}

/** Changes the address without re-rendering the view (filters, the selected event). */
export function replaceParams(path: string, params: Record<string, string | undefined>): void {
  history.replaceState(null, '', href(path, params));
}

// The one way the workbench talks to the server: the HTTP API under /v1, with the key from the
// session. Failures become ApiError with the API's code, message and request id.
import { forgetKey, storedKey } from './session.js';

export class ApiError extends Error {
  constructor(readonly code: string, message: string, readonly status: number, readonly requestId: string | null) { super(message); }
  /** As shown to people: the code first, then what the server said. */
  describe(): string { return `error[${this.code}] ${this.message}${this.requestId ? ` (request ${this.requestId})` : ''}`; }
}

export type Query = Record<string, string | number | undefined | null>;

export function withQuery(path: string, query: Query = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

type Listener = () => void;
const unauthorised = new Set<Listener>();
/** Called when the server refuses the key (401): the app then asks for one. */
export const onUnauthorised = (fn: Listener) => { unauthorised.add(fn); };

async function request(method: string, path: string, init: { body?: BodyInit; type?: string; headers?: Record<string, string>; key?: string | null } = {}): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
  const key = init.key === undefined ? storedKey() : init.key;
  if (key) headers.authorization = `Bearer ${key}`;
  if (init.type) headers['content-type'] = init.type;
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: init.body });
  } catch (e) {
    throw new ApiError('network.unreachable', `the server did not answer (${e instanceof Error ? e.message : String(e)})`, 0, null);
  }
  if (res.ok || res.status === 304) return res;
  let code = 'internal';
  let message = `${res.status} ${res.statusText}`;
  let requestId = res.headers.get('x-request-id');
  try {
    const body = (await res.json()) as { error?: { code?: string; message?: string; requestId?: string } };
    if (body.error?.code) { code = body.error.code; message = body.error.message ?? message; requestId = body.error.requestId ?? requestId; }
  } catch { /* not JSON: keep the status line */ }
  const err = new ApiError(code, message, res.status, requestId);
  if (res.status === 401 && init.key === undefined) { forgetKey(); for (const fn of unauthorised) fn(); }
  throw err;
}

export async function get<T>(path: string, query?: Query, key?: string | null): Promise<T> {
  return (await (await request('GET', withQuery(path, query), { key })).json()) as T;
}

/** A write with a JSON body (or none); returns the body and the ETag. */
export async function send<T>(method: 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown, headers?: Record<string, string>): Promise<{ data: T; etag: string | null }> {
  const res = await request(method, path, body === undefined ? { headers } : { body: JSON.stringify(body), type: 'application/json', headers });
  return { data: (await res.json()) as T, etag: res.headers.get('etag') };
}

/** A write with a raw body (pasted text, an uploaded file). */
export async function sendRaw<T>(path: string, query: Query, body: string, type: string): Promise<T> {
  return (await (await request('POST', withQuery(path, query), { body, type })).json()) as T;
}

/** A response body as text (exports, JSON Lines). */
export async function getText(path: string, query?: Query): Promise<{ text: string; type: string; filename: string | null }> {
  const res = await request('GET', withQuery(path, query), { headers: { accept: '*/*' } });
  const disposition = res.headers.get('content-disposition') ?? '';
  return { text: await res.text(), type: res.headers.get('content-type') ?? 'text/plain', filename: /filename="([^"]+)"/.exec(disposition)?.[1] ?? null };
}

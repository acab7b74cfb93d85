// The workbench: sign in, then the views by the page address. Talks only to the HTTP API.
import './styles/app.css';
import { ApiError, get, onUnauthorised } from './api.js';
import { byId, h } from './dom.js';
import { parseRoute, type Route } from './router.js';
import { forgetKey, isAdmin, session, setSession, storedKey, type SessionInfo } from './session.js';
import { errorBox } from './toast.js';
import { signInView } from './views/signin.js';
import { inboxView } from './views/inbox.js';
import { documentView } from './views/document.js';
import { eventsView } from './views/events.js';
import { banksView } from './views/banks.js';
import { adminView } from './views/admin.js';

export type Cleanup = () => void;
export type View = (main: HTMLElement, route: Route) => Cleanup | void;

const VIEWS: Record<Route['view'], View> = {
  inbox: inboxView,
  document: (main, r) => (r.view === 'document' ? documentView(main, r.id) : undefined),
  events: eventsView,
  banks: banksView,
  admin: adminView,
};

const NAV: [Route['view'], string, string][] = [['inbox', 'Inbox', '#/inbox'], ['events', 'Events', '#/events'], ['banks', 'Banks', '#/banks'], ['admin', 'Admin', '#/admin']];

let cleanup: Cleanup | void;

function renderNav(active: Route['view'] | null): void {
  const nav = byId('nav');
  // The admin page is listed for admin keys only (the API refuses the others anyway).
  nav.replaceChildren(...NAV.filter(([view]) => view !== 'admin' || isAdmin()).map(([view, label, link]) => h('a', { href: link, text: label, 'aria-current': view === active || (active === 'document' && view === 'inbox') ? 'page' : undefined })));
}

function renderSession(s: SessionInfo | null): void {
  const box = byId('session');
  if (!s) { box.replaceChildren(); return; }
  const who = s.key ? h('span', { class: 'who', text: `${s.key.name} · ${s.key.role}` }) : h('span', { class: 'who', text: 'read-only (no key)' });
  const button = s.key
    ? h('button', { type: 'button', class: 'link', text: 'Sign out', on: { click: () => { forgetKey(); setSession(null); location.hash = '#/inbox'; void boot(); } } })
    : h('button', { type: 'button', class: 'link', text: 'Sign in', on: { click: () => showSignIn() } });
  box.replaceChildren(who, button);
}

function showSignIn(): void {
  cleanup?.();
  setSession(null);
  renderNav(null);
  renderSession(null);
  const main = byId('main');
  cleanup = signInView(main, (s) => { setSession(s); void route(); });
}

async function route(): Promise<void> {
  if (!session()) return;
  cleanup?.();
  const r = parseRoute(location.hash);
  renderNav(r.view);
  renderSession(session());
  const main = byId('main');
  main.replaceChildren();
  cleanup = VIEWS[r.view](main, r);
}

async function boot(): Promise<void> {
  try {
    const s = await get<SessionInfo>('/v1/session', undefined, storedKey());
    if (!s.key && !s.openRead) { showSignIn(); return; }
    setSession(s);
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) { forgetKey(); showSignIn(); return; }
    byId('main').replaceChildren(errorBox(e, 'the session'));
    return;
  }
  await route();
}

window.addEventListener('hashchange', () => { void route(); });
onUnauthorised(() => showSignIn());
void boot();

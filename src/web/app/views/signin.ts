// Sign-in with an API key: checked against GET /v1/session, then kept in sessionStorage (this tab only).
import { get } from '../api.js';
import { h } from '../dom.js';
import { storeKey, type SessionInfo } from '../session.js';
import { describeError } from '../toast.js';

export function signInView(main: HTMLElement, done: (s: SessionInfo) => void): () => void {
  const input = h('input', { id: 'api-key', name: 'api-key', type: 'password', autocomplete: 'off', spellcheck: 'false', required: true, placeholder: 'cs_…', 'aria-describedby': 'key-help' });
  const status = h('p', { class: 'form-error', role: 'alert' });
  const form = h('form', { class: 'card signin', 'aria-labelledby': 'signin-title' },
    h('h1', { id: 'signin-title', text: 'Sign in to ClaimScope' }),
    h('label', { for: 'api-key', text: 'API key' }),
    input,
    h('p', { id: 'key-help', class: 'hint' },
      'On its first start, ', h('code', { text: 'claimscope serve' }), ' prints an admin key and writes it to ', h('code', { text: 'data/admin.key' }),
      '. Admins make keys for others on the Admin page or with ', h('code', { text: 'claimscope keys create --role analyst' }), '. The key is kept in this browser tab only, until you sign out or close it.'),
    h('button', { type: 'submit', class: 'primary', text: 'Sign in' }),
    status);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const key = input.value.trim();
    status.textContent = '';
    get<SessionInfo>('/v1/session', undefined, key)
      .then((s) => { storeKey(key); done(s); })
      .catch((e: unknown) => { status.textContent = describeError(e); input.focus(); });
  });
  main.replaceChildren(form);
  input.focus();
  return () => undefined;
}

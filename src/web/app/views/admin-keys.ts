// API keys on the admin page: the list (never a secret), a new key (its secret shown once, with a
// copy button: the server keeps only its hash), and revocation after a confirmation.
import { get, send } from '../api.js';
import { confirmDialog } from '../confirm.js';
import { h } from '../dom.js';
import { when } from '../format.js';
import type { Role } from '../session.js';
import { describeError, errorBox, loadingBox, toast } from '../toast.js';

export interface ApiKey { id: string; name: string; role: Role; created: string; createdBy: string; revoked: string | null }

export interface KeysOptions {
  /** The signed-in key: it cannot revoke itself here. */
  me: string;
  whoLabel(by: string): string;
  onKeys(keys: ApiKey[]): void;
  /** A key was made or revoked (the audit log has a new entry). */
  onChange(): void;
}

const ROLES: [Role, string][] = [['viewer', 'viewer (reads)'], ['analyst', 'analyst (reads, ingests, reviews)'], ['admin', 'admin (also keys and the audit log)']];

export interface Panel { element: HTMLElement; reload(): void; destroy(): void }

export function keysPanel(o: KeysOptions): Panel {
  let alive = true;
  const list = h('div', { class: 'keys-list' }, loadingBox('the keys'));
  const fresh = h('div', { class: 'new-key-slot' });
  const element = h('section', { class: 'card admin-keys', 'aria-labelledby': 'keys-title' },
    h('h2', { id: 'keys-title', text: 'API keys' }),
    h('p', { class: 'hint', text: 'Who may use this server. The server keeps only a hash of each key; revoking one refuses it at once.' }),
    createForm(), fresh, list);

  function reload(): void {
    get<{ items: ApiKey[] }>('/v1/keys').then((r) => {
      if (!alive) return;
      o.onKeys(r.items);
      list.replaceChildren(table(r.items));
    }, (e: unknown) => list.replaceChildren(errorBox(e, 'the keys')));
  }

  function table(keys: ApiKey[]): HTMLElement {
    const rows = keys.map((k) => {
      const mine = k.id === o.me;
      return h('tr', { class: k.revoked ? 'revoked' : undefined, 'data-key': k.id },
        h('td', {}, k.name || h('span', { class: 'sub', text: 'unnamed' }), mine ? h('span', { class: 'badge you', text: 'you' }) : null),
        h('td', {}, h('span', { class: `badge role-${k.role}`, text: k.role })),
        h('td', {}, h('code', { text: k.id })),
        h('td', {}, h('time', { datetime: k.created, text: when(k.created) })),
        h('td', { text: o.whoLabel(k.createdBy) }),
        h('td', {}, k.revoked ? h('span', {}, h('span', { class: 'badge key-revoked', text: 'revoked' }), ' ', h('time', { class: 'sub', datetime: k.revoked, text: when(k.revoked) })) : h('span', { class: 'badge key-active', text: 'active' })),
        h('td', {}, k.revoked ? null : mine
          ? h('span', { class: 'sub', text: 'in use here' })
          : h('button', { type: 'button', class: 'danger small', text: 'Revoke', 'aria-label': `Revoke key ${k.name || k.id}`, on: { click: () => void revoke(k) } })));
    });
    return h('table', { class: 'data keys-table' },
      h('caption', { class: 'visually-hidden', text: 'API keys' }),
      h('thead', {}, h('tr', {}, ...['Name', 'Role', 'Id', 'Created', 'Created by', 'Status', ''].map((t) => h('th', { scope: 'col', text: t })))),
      h('tbody', {}, ...rows));
  }

  async function revoke(k: ApiKey): Promise<void> {
    const ok = await confirmDialog({
      title: `Revoke the key “${k.name || k.id}”?`,
      body: [h('p', { text: `The ${k.role} key ${k.id} stops working at once on this server (within 5 seconds on others). This cannot be undone: a person who still needs access gets a new key.` })],
      confirm: 'Revoke key', danger: true,
    });
    if (!ok) return;
    send('DELETE', `/v1/keys/${k.id}`).then(() => { toast(`Key ${k.name || k.id} revoked.`); reload(); o.onChange(); }, (e: unknown) => toast(describeError(e), 'error'));
  }

  function createForm(): HTMLElement {
    const name = h('input', { id: 'key-name', required: true, maxlength: 200, autocomplete: 'off', placeholder: 'who or what uses it' });
    const role = h('select', { id: 'key-role' }, ...ROLES.map(([v, t]) => h('option', { value: v, text: t })));
    const status = h('p', { class: 'form-error', role: 'alert' });
    const submit = h('button', { type: 'submit', class: 'primary', text: 'Create key' });
    const form = h('form', { class: 'inline-form key-form', 'aria-label': 'Create an API key' },
      h('div', { class: 'field' }, h('label', { for: 'key-name', text: 'Name' }), name),
      h('div', { class: 'field' }, h('label', { for: 'key-role', text: 'Role' }), role),
      submit, status);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      status.textContent = '';
      submit.disabled = true;
      send<{ key: string; record: ApiKey }>('POST', '/v1/keys', { name: name.value.trim(), role: role.value })
        .then(({ data }) => { form.reset(); showOnce(data.key, data.record); reload(); o.onChange(); }, (err: unknown) => { status.textContent = describeError(err); })
        .finally(() => { submit.disabled = false; });
    });
    return form;
  }

  /** The secret, until the admin says it is stored: nothing else keeps it. */
  function showOnce(key: string, record: ApiKey): void {
    const value = h('input', { id: 'new-key-value', readonly: true, value: key, spellcheck: 'false', autocomplete: 'off', 'aria-describedby': 'new-key-warning' });
    const copied = h('span', { class: 'copy-status', role: 'status' });
    const copy = h('button', { type: 'button', text: 'Copy key', on: { click: () => {
      const done = () => { copied.textContent = 'Copied to the clipboard.'; };
      const byHand = () => { value.select(); copied.textContent = 'Could not copy here: the key is selected, press Ctrl+C.'; };
      if (navigator.clipboard) navigator.clipboard.writeText(key).then(done, byHand); else byHand();
    } } });
    const close = () => { value.value = ''; fresh.replaceChildren(); };
    const panel = h('div', { class: 'new-key', role: 'group', 'aria-labelledby': 'new-key-title' },
      h('h3', { id: 'new-key-title', text: `New ${record.role} key for “${record.name || record.id}”` }),
      h('p', { id: 'new-key-warning', class: 'warning' }, h('strong', { text: 'Copy it now: it is shown only this once.' }),
        ' The server keeps only its hash, so it cannot be shown again. If it is lost, revoke it and create another.'),
      h('div', { class: 'new-key-row' }, h('label', { for: 'new-key-value', class: 'visually-hidden', text: 'The new key' }), value, copy, copied),
      h('button', { type: 'button', text: 'Done: I have stored the key', on: { click: close } }));
    fresh.replaceChildren(panel);
    value.focus();
    value.select();
  }

  reload();
  return { element, reload, destroy: () => { alive = false; } };
}

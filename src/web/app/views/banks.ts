// Banks: every hash bank with its kind and thresholds; make one; see a bank's items (its export)
// and disable, enable or remove them; match a pasted text against the block banks.
import { get, getText, send } from '../api.js';
import { fields, h } from '../dom.js';
import { when } from '../format.js';
import type { Route } from '../router.js';
import { canWrite } from '../session.js';
import { describeError, errorBox, loadingBox, toast } from '../toast.js';
import { forgetBanks } from './inbox-matches.js';

interface Bank { name: string; kind: 'block' | 'allow'; thresholds: Record<string, number>; created: string }
interface Item { bank: string; id: string; status: string; labels: Record<string, string>; updated: string }
interface Match { bank: string; item: string; signal: string; verdict: string; similarity?: number; distance?: number }

const SHOWN_ITEMS = 500;

export function banksView(main: HTMLElement, _route: Route): () => void {
  let alive = true;
  const list = h('div', { class: 'banks-list' }, loadingBox('banks'));
  main.replaceChildren(
    h('div', { class: 'page-head' }, h('h1', { text: 'Banks' }), h('p', { class: 'hint', text: 'Hash banks of known items: block banks flag re-uploads and edited copies; allow-banks (news, research, counter-speech) suppress their matches.' })),
    h('div', { class: 'banks-layout' }, list, h('div', { class: 'banks-side' }, createForm(), matchForm())));

  function load(): void {
    get<{ items: Bank[] }>('/v1/banks').then((r) => {
      if (!alive) return;
      if (r.items.length === 0) { list.replaceChildren(h('div', { class: 'empty card' }, h('p', { text: 'No banks yet.' }), h('p', { class: 'hint', text: canWrite() ? 'Make one with the form beside this list, then add documents to it from their page.' : 'An analyst can make one.' }))); return; }
      list.replaceChildren(...r.items.map(bankCard));
    }, (e: unknown) => list.replaceChildren(errorBox(e, 'the banks')));
  }

  function bankCard(b: Bank): HTMLElement {
    const items = h('div', { class: 'bank-items' });
    const show = h('button', { type: 'button', text: 'Show items', on: { click: () => loadItems(b, items) } });
    return h('section', { class: 'card bank', 'aria-label': `Bank ${b.name}` },
      h('h2', {}, b.name, ' ', h('span', { class: `badge bank-${b.kind}`, text: b.kind })),
      fields(Object.entries(b.thresholds).map(([k, v]) => [k, String(v)] as [string, string]).concat([['created', when(b.created)]]), 'fields compact'),
      show, items);
  }

  function loadItems(b: Bank, box: HTMLElement): void {
    box.replaceChildren(loadingBox('items'));
    getText(`/v1/banks/${encodeURIComponent(b.name)}/export`).then((r) => {
      const all = r.text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Item);
      if (all.length === 0) { box.replaceChildren(h('p', { class: 'hint', text: 'No items.' })); return; }
      const rows = all.slice(-SHOWN_ITEMS).reverse().map((i) => h('tr', {},
        h('td', {}, h('code', { text: i.id })), h('td', {}, h('span', { class: `badge item-${i.status}`, text: i.status })),
        h('td', { text: Object.entries(i.labels).map(([k, v]) => `${k}=${v}`).join(', ') || '—' }), h('td', { class: 'sub', text: when(i.updated) }),
        h('td', {}, ...(canWrite() && i.status !== 'tombstone' ? [
          i.status === 'active' ? action(b, i, 'disable', 'POST', 'disable') : action(b, i, 'enable', 'POST', 'enable'),
          action(b, i, 'remove', 'DELETE', ''),
        ] : []))));
      box.replaceChildren(
        ...(all.length > SHOWN_ITEMS ? [h('p', { class: 'hint', text: `The ${SHOWN_ITEMS} most recently changed of ${all.length} items.` })] : []),
        h('table', { class: 'data' }, h('thead', {}, h('tr', {}, ...['Item', 'Status', 'Labels', 'Changed', ''].map((t) => h('th', { scope: 'col', text: t })))), h('tbody', {}, ...rows)));
    }, (e: unknown) => box.replaceChildren(errorBox(e, 'the items')));
    function action(bank: Bank, i: Item, label: string, method: 'POST' | 'DELETE', verb: string): HTMLElement {
      return h('button', { type: 'button', class: 'link', text: label, on: { click: () => {
        send(method, `/v1/banks/${encodeURIComponent(bank.name)}/items/${encodeURIComponent(i.id)}${verb ? `/${verb}` : ''}`)
          .then(() => { toast(`${i.id}: ${label} done.`); loadItems(bank, box); }, (e: unknown) => toast(describeError(e), 'error'));
      } } });
    }
  }

  function createForm(): HTMLElement {
    const name = h('input', { id: 'bank-name', required: true, pattern: '[A-Za-z0-9_.\\-]{1,64}', maxlength: '64', 'aria-describedby': 'bank-name-help' });
    const kind = h('select', { id: 'bank-kind' }, h('option', { value: 'block', text: 'block (flag matches)' }), h('option', { value: 'allow', text: 'allow (news, research: suppress matches)' }));
    const status = h('p', { class: 'form-error', role: 'alert' });
    const form = h('form', { class: 'card', 'aria-labelledby': 'create-bank-title' }, h('h2', { id: 'create-bank-title', text: 'New bank' }),
      h('div', { class: 'field' }, h('label', { for: 'bank-name', text: 'Name' }), name, h('span', { id: 'bank-name-help', class: 'hint', text: 'Letters, digits, . _ - (at most 64).' })),
      h('div', { class: 'field' }, h('label', { for: 'bank-kind', text: 'Kind' }), kind),
      h('button', { type: 'submit', class: 'primary', text: 'Create bank', disabled: !canWrite() }), status);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      status.textContent = '';
      send('POST', '/v1/banks', { name: name.value.trim(), kind: kind.value })
        .then(() => { toast(`Bank ${name.value.trim()} ready.`); forgetBanks(); form.reset(); load(); }, (err: unknown) => { status.textContent = describeError(err); });
    });
    return form;
  }

  function matchForm(): HTMLElement {
    const text = h('textarea', { id: 'match-text', rows: 5, spellcheck: 'false' });
    const out = h('div', { class: 'match-out', role: 'status' });
    const form = h('form', { class: 'card', 'aria-labelledby': 'match-title' }, h('h2', { id: 'match-title', text: 'Match a text' }),
      h('div', { class: 'field' }, h('label', { for: 'match-text', text: 'Text to match against every block bank (not stored)' }), text),
      h('button', { type: 'submit', text: 'Match' }), out);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      out.textContent = 'Matching…';
      send<{ matches: Match[]; allowedBy: Match[] }>('POST', '/v1/match', { text: text.value }).then(({ data }) => {
        const row = (m: Match) => h('li', {}, h('code', { text: `${m.bank} / ${m.item}` }), ` ${m.signal} `, h('span', { class: `match match-${m.verdict}`, text: m.verdict }));
        out.replaceChildren(
          data.matches.length ? h('ul', { class: 'plain' }, ...data.matches.map(row)) : h('p', { text: data.allowedBy.length ? 'Matches suppressed by an allow-bank.' : 'No match.' }),
          ...(data.allowedBy.length ? [h('p', { class: 'hint', text: `Allowed by: ${data.allowedBy.map((m) => m.bank).join(', ')}` })] : []));
      }, (err: unknown) => { out.textContent = describeError(err); });
    });
    return form;
  }

  load();
  return () => { alive = false; };
}

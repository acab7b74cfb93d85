// The admin page, for admin keys: API keys and the audit log. Other keys are told why it is closed
// (and the API refuses them with auth.forbidden whatever the page does).
import { h } from '../dom.js';
import { whoLabel, type KeyName } from '../logic/audit.js';
import type { Route } from '../router.js';
import { session } from '../session.js';
import { auditPanel } from './admin-audit.js';
import { keysPanel } from './admin-keys.js';

export function adminView(main: HTMLElement, route: Route): () => void {
  const me = session()?.key;
  const head = h('div', { class: 'page-head' }, h('h1', { text: 'Admin' }));
  if (me?.role !== 'admin') {
    main.replaceChildren(head, h('div', { class: 'card closed' },
      h('p', {}, h('strong', { text: 'The admin page needs an admin key.' }), ` You are signed in ${me ? `with ${me.role === 'analyst' ? 'an' : 'a'} ${me.role} key` : 'without a key'}.`),
      h('p', { class: 'hint', text: 'An admin can make keys and read the audit log here, or with claimscope keys on the server.' })));
    return () => undefined;
  }
  let names: KeyName[] = [];
  const label = (by: string) => whoLabel(by, names);
  const audit = auditPanel({ params: route.params, whoLabel: label });
  const keys = keysPanel({
    me: me.id, whoLabel: label,
    onKeys: (list) => { names = list; audit.relabel(); },
    onChange: () => audit.reload(),
  });
  head.append(h('p', { class: 'hint', text: 'Keys and the audit log: visible to admin keys only.' }));
  main.replaceChildren(head, h('div', { class: 'admin-layout' }, keys.element, audit.element));
  return () => { keys.destroy(); audit.destroy(); };
}

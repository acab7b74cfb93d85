// A confirmation asked in a modal <dialog> (focus kept inside, Esc cancels); Cancel has the focus,
// so that Enter alone never confirms a destructive step.
import { h } from './dom.js';

export interface ConfirmOptions { title: string; body: (Node | string)[]; confirm: string; danger?: boolean }

export function confirmDialog(o: ConfirmOptions): Promise<boolean> {
  const cancel = h('button', { type: 'submit', value: 'cancel', text: 'Cancel' });
  const dialog = h('dialog', { class: 'confirm', 'aria-labelledby': 'confirm-title', 'aria-describedby': 'confirm-body' },
    h('form', { method: 'dialog' },
      h('h2', { id: 'confirm-title', text: o.title }),
      h('div', { id: 'confirm-body' }, ...o.body),
      h('div', { class: 'actions' }, cancel, h('button', { type: 'submit', value: 'confirm', class: o.danger ? 'danger' : 'primary', text: o.confirm }))));
  document.body.append(dialog);
  dialog.showModal();
  cancel.focus();
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => { resolve(dialog.returnValue === 'confirm'); dialog.remove(); }, { once: true });
  });
}

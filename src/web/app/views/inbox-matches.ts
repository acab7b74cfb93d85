// The inbox's bank-match column: each visible document matched against the block banks
// (GET /v1/documents/:id/matches), a few at a time, after the list is drawn.
import { get } from '../api.js';
import { h } from '../dom.js';

interface Match { bank: string; item: string; verdict: 'strong' | 'review' }
interface MatchResult { matches: Match[]; suppressed: Match[]; allowedBy: Match[] }

let blockBanks: Promise<number> | null = null;
const queue: (() => Promise<void>)[] = [];
let running = 0;

function pump(): void {
  while (running < 4 && queue.length > 0) {
    const job = queue.shift()!;
    running++;
    void job().finally(() => { running--; pump(); });
  }
}

export function describeMatches(r: MatchResult): { text: string; kind: string } {
  if (r.matches.length === 0) return r.allowedBy.length > 0 ? { text: `allowed (${r.allowedBy[0].bank})`, kind: 'allowed' } : { text: 'none', kind: 'none' };
  const strong = r.matches.filter((m) => m.verdict === 'strong').length;
  const review = r.matches.length - strong;
  return { text: [strong ? `${strong} strong` : '', review ? `${review} to review` : ''].filter(Boolean).join(', '), kind: strong ? 'strong' : 'review' };
}

export function bankMatchCell(documentId: string): HTMLTableCellElement {
  const cell = h('td', { class: 'sub', text: '…' });
  blockBanks ??= get<{ items: { kind: string }[] }>('/v1/banks').then((r) => r.items.filter((b) => b.kind === 'block').length, () => -1);
  void blockBanks.then((n) => {
    if (n <= 0) { cell.textContent = n === 0 ? 'no banks' : '—'; return; }
    queue.push(() => get<MatchResult>(`/v1/documents/${documentId}/matches`).then((r) => {
      const d = describeMatches(r);
      cell.replaceChildren(h('span', { class: `match match-${d.kind}`, text: d.text }));
    }, () => { cell.textContent = '—'; }));
    pump();
  });
  return cell;
}

/** Banks changed (created on the banks page): ask again next time. */
export const forgetBanks = () => { blockBanks = null; };

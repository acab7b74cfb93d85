// `claimscope bank create|add|remove|disable|match|export|import … [--db FILE | --database-url URL]`
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { ClaimScopeError } from '../core/errors.js';
import { fingerprints } from '../fingerprint/fingerprints.js';
import { parseCheckpoint, parseImport } from '../banks/exchange.js';
import { match } from '../banks/match.js';
import { DEFAULT_MAX_BYTES, errorLine, readDocument } from './io.js';
import type { Out } from './main.js';
import { cliContext, openCliStore, STORE_HELP, STORE_OPTIONS } from './store-options.js';

export const BANK_HELP = `claimscope bank ACTION … [--db FILE | --database-url URL]
  create BANK [--allow]              a block bank (default) or an allow-bank (news, research, counter-speech)
  add BANK FILE… [--label K=V]…      fingerprint the files into BANK (created if missing); item id = sha256
  remove BANK ITEM                   tombstone an item (kept for deltas, never matched)
  disable BANK ITEM                  stop matching an item, keep its signals
  match BANK FILE                    {"matches":[{bank, item, signal, distance|similarity, verdict, labels}], "suppressed", "allowedBy"}
  export BANK [--after TS,ID]        JSON Lines of items changed after the checkpoint (tombstones included)
  import FILE                        JSON Lines from export, into the banks they name (created if missing)
${STORE_HELP}`;

export async function bankCommand(argv: string[], out: Out): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv, allowPositionals: true, strict: true,
    options: { ...STORE_OPTIONS, allow: { type: 'boolean', default: false }, label: { type: 'string', multiple: true }, after: { type: 'string' }, help: { type: 'boolean', default: false } },
  });
  if (values.help) { out.write(`${BANK_HELP}\n`); return 0; }
  const [action, ...args] = positionals;
  const need = (n: number, what: string) => { if (args.length < n) throw new ClaimScopeError('usage.bad_option', `bank ${action} needs ${what}`); };
  const labels: Record<string, string> = {};
  for (const l of values.label ?? []) {
    const eq = l.indexOf('=');
    if (eq < 1) throw new ClaimScopeError('usage.bad_option', `--label ${l}: expected KEY=VALUE`);
    labels[l.slice(0, eq)] = l.slice(eq + 1);
  }
  if (!['create', 'add', 'remove', 'disable', 'match', 'export', 'import'].includes(action ?? '')) {
    throw new ClaimScopeError('usage.bad_option', `bank needs an action: create, add, remove, disable, match, export, import; got '${action ?? ''}'`);
  }
  const after = parseCheckpoint(values.after); // a bad checkpoint fails before the store is opened
  const store = await openCliStore(values);
  const ctx = cliContext();
  try {
    switch (action) {
      case 'create': {
        need(1, 'BANK');
        out.write(`${JSON.stringify(await store.createBank(args[0], values.allow ? 'allow' : 'block', {}, ctx))}\n`);
        return 0;
      }
      case 'add': {
        need(2, 'BANK and FILE…');
        const [bank, ...files] = args;
        await store.createBank(bank, values.allow ? 'allow' : 'block', {}, ctx);
        let failed = 0;
        for (const file of files) {
          try {
            const f = fingerprints(readDocument(file, DEFAULT_MAX_BYTES));
            const item = await store.putItem({ bank, id: `sha256:${f.sha256}`, signals: f, labels, status: 'active' }, ctx);
            out.write(`${JSON.stringify({ file, bank, item: item.id })}\n`);
          } catch (e) {
            if (!(e instanceof ClaimScopeError)) throw e;
            failed++;
            out.error(errorLine(e));
          }
        }
        return failed > 0 ? 2 : 0;
      }
      case 'remove':
      case 'disable': {
        need(2, 'BANK and ITEM');
        if (!(await store.bank(args[0]))) throw new ClaimScopeError('bank.not_found', args[0]);
        const item = await store.setStatus(args[0], args[1], action === 'remove' ? 'tombstone' : 'disabled', ctx);
        if (!item) throw new ClaimScopeError('bank.not_found', `no item ${args[1]} in ${args[0]}`);
        out.write(`${JSON.stringify({ bank: item.bank, item: item.id, status: item.status })}\n`);
        return 0;
      }
      case 'match': {
        need(2, 'BANK and FILE');
        if (!(await store.bank(args[0]))) throw new ClaimScopeError('bank.not_found', args[0]);
        out.write(`${JSON.stringify(await match(store, [args[0]], fingerprints(readDocument(args[1], DEFAULT_MAX_BYTES))))}\n`);
        return 0;
      }
      case 'export': {
        need(1, 'BANK');
        const bank = await store.bank(args[0]);
        if (!bank) throw new ClaimScopeError('bank.not_found', args[0]);
        for (const item of await store.changes(bank.name, after)) out.write(`${JSON.stringify({ kind: bank.kind, ...item })}\n`);
        return 0;
      }
      default: {
        need(1, 'FILE');
        // All or nothing: a bad line stops the import before anything is written; the rest is one transaction.
        const n = await store.putItems(parseImport(readFileSync(args[0], 'utf8'), args[0]), ctx);
        out.write(`${JSON.stringify({ imported: n })}\n`);
        return 0;
      }
    }
  } finally {
    await store.close();
  }
}

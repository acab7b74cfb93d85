// `claimscope keys create --role viewer|analyst|admin [--name NAME] | list | revoke ID`
import { parseArgs } from 'node:util';
import { ClaimScopeError } from '../core/errors.js';
import { createApiKey } from '../api/keys.js';
import { ROLES, type Role } from '../store/store.js';
import type { Out } from './main.js';
import { cliContext, openCliStore, STORE_HELP, STORE_OPTIONS } from './store-options.js';

export const KEYS_HELP = `claimscope keys ACTION [options]   API keys (stored as SHA-256 hashes)
  create --role viewer|analyst|admin [--name NAME]   prints the new key once, with its record
  list                                                the keys (never their secrets)
  revoke ID                                           the key stops working
${STORE_HELP}`;

export async function keysCommand(argv: string[], out: Out): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv, allowPositionals: true, strict: true,
    options: { ...STORE_OPTIONS, role: { type: 'string' }, name: { type: 'string', default: '' }, help: { type: 'boolean', default: false } },
  });
  if (values.help) { out.write(`${KEYS_HELP}\n`); return 0; }
  const [action, ...args] = positionals;
  if (!['create', 'list', 'revoke'].includes(action ?? '')) throw new ClaimScopeError('usage.bad_option', `keys needs an action: create, list, revoke; got '${action ?? ''}'`);
  if (action === 'create' && !(ROLES as readonly string[]).includes(values.role ?? '')) throw new ClaimScopeError('usage.bad_option', `--role: one of ${ROLES.join(', ')}`);
  if (action === 'revoke' && args.length !== 1) throw new ClaimScopeError('usage.bad_option', 'keys revoke needs the key ID');
  const store = await openCliStore(values);
  try {
    if (action === 'create') {
      const { key, record } = await createApiKey(store, values.role as Role, values.name!, cliContext());
      out.write(`${JSON.stringify({ key, ...record })}\n`);
      out.error('claimscope: the key is shown this once; only its hash is stored');
    } else if (action === 'list') {
      for (const k of await store.keys()) out.write(`${JSON.stringify(k)}\n`);
    } else {
      const r = await store.revokeKey(args[0], cliContext());
      if (!r) throw new ClaimScopeError('key.not_found', args[0]);
      out.write(`${JSON.stringify(r)}\n`);
    }
    return 0;
  } finally {
    await store.close();
  }
}

// `claimscope serve [--port 8377] [--host 127.0.0.1] [--db FILE | --database-url URL]`
import { parseArgs } from 'node:util';
import { ClaimScopeError } from '../core/errors.js';
import { serve } from '../api/listen.js';
import { DEFAULT_BODY_LIMIT } from '../api/app.js';
import type { Out } from './main.js';
import { STORE_HELP, STORE_OPTIONS } from './store-options.js';

export const SERVE_HELP = `claimscope serve [options]   the HTTP API (OpenAPI at /v1/openapi.json)
  --port N                 default 8377
  --host ADDRESS           default 127.0.0.1 (this machine only)
  --threads N              analyze worker threads (default: one per core)
  --open-read              reads without an API key (writes always need one)
  --body-limit BYTES       default ${DEFAULT_BODY_LIMIT} (larger bodies get 413)
  --rate-limit N           requests a minute per key or address (default 6000; 0 turns it off)
  --quiet                  no request log
${STORE_HELP}`;

const whole = (s: string | undefined, name: string, min: number, max: number, dflt: number): number => {
  if (s === undefined) return dflt;
  const n = Number(s);
  if (!Number.isInteger(n) || n < min || n > max) throw new ClaimScopeError('usage.bad_option', `--${name} takes a whole number from ${min} to ${max}`);
  return n;
};

export async function serveCommand(argv: string[], out: Out): Promise<number> {
  const { values } = parseArgs({
    args: argv, strict: true,
    options: {
      ...STORE_OPTIONS, port: { type: 'string' }, host: { type: 'string', default: '127.0.0.1' }, threads: { type: 'string' },
      'open-read': { type: 'boolean', default: false }, 'body-limit': { type: 'string' }, 'rate-limit': { type: 'string' },
      quiet: { type: 'boolean', default: false }, help: { type: 'boolean', default: false },
    },
  });
  if (values.help) { out.write(`${SERVE_HELP}\n`); return 0; }
  const rate = whole(values['rate-limit'], 'rate-limit', 0, 10_000_000, 6000);
  const app = await serve({
    db: values.db, databaseUrl: values['database-url'], host: values.host!, port: whole(values.port, 'port', 0, 65535, 8377),
    threads: values.threads === undefined ? undefined : whole(values.threads, 'threads', 1, 64, 1),
    openRead: values['open-read'], bodyLimit: whole(values['body-limit'], 'body-limit', 1024, 1024 ** 3, DEFAULT_BODY_LIMIT),
    rateLimit: rate === 0 ? false : rate, quiet: values.quiet,
  }, (line) => out.error(line));
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : values.port;
  out.error(`claimscope: serving http://${values.host}:${port} (OpenAPI: /v1/openapi.json); Ctrl-C stops`);
  await new Promise<void>((resolve) => {
    const stop = () => { void app.close().then(() => resolve()); };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

// Command dispatch. Every error leaves as one line with a code on stderr and a documented exit code.
import { ClaimScopeError } from '../core/errors.js';
import { analyzeCommand, ANALYZE_HELP } from './analyze-command.js';
import { evalCommand, EVAL_HELP } from './eval-command.js';
import { gazetteerCommand, GAZETTEER_HELP } from './gazetteer-command.js';
import { renderCommand, RENDER_HELP } from './render-command.js';
import { fingerprintCommand, FINGERPRINT_HELP } from './fingerprint-command.js';
import { bankCommand, BANK_HELP } from './bank-command.js';
import { ingestCommand, INGEST_HELP } from './ingest-command.js';
import { serveCommand, SERVE_HELP } from './serve-command.js';
import { keysCommand, KEYS_HELP } from './keys-command.js';
import { exportCommand, EXPORT_HELP } from './export-command.js';
import { errorLine } from './io.js';

const HELP = `claimscope — defensive analysis of armed groups' claim documents and reporting about them

usage: claimscope <command> [options]

commands:
  analyze   documents → assessment, fingerprints and evidenced incident events (output contract v1)
  ingest    analyse files, folders and JSON Lines into the store (idempotent by content)
  serve     the HTTP API on the store
  keys      API keys: create, list, revoke
  export    stored events as ACLED-style CSV, GeoJSON or JSON Lines
  eval      precision/recall per field against a gold file
  fingerprint  sha256, md5, TLSH (raw and normalised) per file
  bank      hash banks: create, add, remove, disable, match, export, import (SQLite)
  render    reduced-exposure reading: the text in neutral wording, with an offset map
  gazetteer build the offline place index ahead of first use

${ANALYZE_HELP}

${INGEST_HELP}

${SERVE_HELP}

${KEYS_HELP}

${EXPORT_HELP}

${EVAL_HELP}

${RENDER_HELP}

${FINGERPRINT_HELP}

${BANK_HELP}

${GAZETTEER_HELP}

exit codes: 0 ok, 1 runtime failure, 2 bad usage or input`;

const COMMANDS: Record<string, (argv: string[], out: Out) => number | Promise<number>> = { analyze: analyzeCommand, eval: evalCommand, render: renderCommand, fingerprint: fingerprintCommand, bank: bankCommand, gazetteer: gazetteerCommand, ingest: ingestCommand, serve: serveCommand, keys: keysCommand, export: exportCommand };

export interface Out { write(s: string): void; error(s: string): void }

const stdio: Out = { write: (s) => { process.stdout.write(s); }, error: (s) => { process.stderr.write(`${s}\n`); } };

export async function main(argv: string[], out: Out = stdio): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') { out.write(`${HELP}\n`); return command === undefined ? 2 : 0; }
    const run = COMMANDS[command];
    if (!run) throw new ClaimScopeError('usage.unknown_command', `'${command}'; commands are: ${Object.keys(COMMANDS).join(', ')}`);
    return await run(rest, out);
  } catch (e) {
    if (e instanceof ClaimScopeError) { out.error(errorLine(e)); return e.exitCode; }
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      out.error(errorLine(new ClaimScopeError('usage.bad_option', (e as Error).message)));
      return 2;
    }
    out.error(errorLine(new ClaimScopeError('internal', e instanceof Error ? e.message : String(e))));
    return 1;
  }
}

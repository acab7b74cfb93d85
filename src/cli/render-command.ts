// `claimscope render FILE|- --neutral [--format text|json]`: reduced-exposure reading.
import { parseArgs } from 'node:util';
import { ClaimScopeError } from '../core/errors.js';
import { renderNeutralText } from '../analyze.js';
import { DEFAULT_MAX_BYTES, decodeText, readDocument, readStdin } from './io.js';
import type { Out } from './main.js';

export const RENDER_HELP = `claimscope render FILE|- --neutral [--format text|json]
  --neutral            replace the group's pejoratives, self-designations and glorification formulae
                       with neutral renderings (quoted text is left as quoted)
  --format text|json   the rendered text (default), or {text, replacements: [{neutral, original, rule}]}
                       mapping every replacement back to the original offsets`;

export async function renderCommand(argv: string[], out: Out): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { neutral: { type: 'boolean', default: false }, format: { type: 'string', default: 'text' }, help: { type: 'boolean', default: false } } });
  if (values.help) { out.write(`${RENDER_HELP}\n`); return 0; }
  if (!values.neutral) throw new ClaimScopeError('usage.bad_option', 'render needs --neutral (the only rendering there is)');
  if (values.format !== 'text' && values.format !== 'json') throw new ClaimScopeError('usage.bad_option', `--format ${values.format}; choices: text, json`);
  if (positionals.length !== 1) throw new ClaimScopeError('usage.bad_option', 'render takes one FILE or -');
  const [file] = positionals;
  const text = file === '-' ? decodeText(await readStdin(DEFAULT_MAX_BYTES), 'stdin') : readDocument(file, DEFAULT_MAX_BYTES);
  const r = renderNeutralText(text);
  out.write(values.format === 'json' ? `${JSON.stringify(r)}\n` : r.text.endsWith('\n') ? r.text : `${r.text}\n`);
  return 0;
}

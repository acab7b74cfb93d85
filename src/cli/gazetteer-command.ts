// `claimscope gazetteer build|info`: build (or check) the cached place index ahead of first use.
import { parseArgs } from 'node:util';
import { ClaimScopeError } from '../core/errors.js';
import { cacheDir, loadPlaceIndex } from '../geo/place-index.js';
import type { Out } from './main.js';

export const GAZETTEER_HELP = `gazetteer build|info
  build     build the place index (GeoNames cities500 + lexicon/places-supplement.tsv) into the cache
            (${'$'}CLAIMSCOPE_CACHE_DIR, default node_modules/.cache/claimscope); a no-op when it is current
  info      the same, then print the index's size as JSON`;

export function gazetteerCommand(argv: string[], out: Out): number {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
  const [action] = positionals;
  if (action !== 'build' && action !== 'info') throw new ClaimScopeError('usage.bad_option', `gazetteer needs 'build' or 'info', got '${action ?? ''}'`);
  const t = performance.now();
  const data = loadPlaceIndex();
  if (action === 'info') {
    out.write(`${JSON.stringify({ cache: cacheDir(), stamp: data.stamp, places: data.count, names: data.keys.length, skeletons: data.skeletons.length, ms: Math.round(performance.now() - t) })}\n`);
  }
  return 0;
}

// Shared by the run-once data builders (build-towns.ts, build-places-supplement.ts): the npm
// packages they read live in a scratch folder outside the repo, never in its dependencies.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export function fail(message: string): never {
  process.stderr.write(`${basename(process.argv[1] ?? 'script', '.ts')}: ${message}\n`);
  process.exit(1);
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function readJson(path: string): unknown {
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  return parsed;
}

/** SOURCE/node_modules/NAME or SOURCE/NAME, whichever holds a package.json. */
export function packageDir(source: string, name: string): string {
  for (const dir of [join(source, 'node_modules', name), join(source, name)]) {
    if (existsSync(join(dir, 'package.json'))) return dir;
  }
  return fail(`package ${name} not found under ${source} (see the header of this script)`);
}

export function packageVersion(dir: string): string {
  const pkg = readJson(join(dir, 'package.json'));
  const version = isRecord(pkg) ? pkg['version'] : undefined;
  return typeof version === 'string' && version ? version : fail(`no version in ${dir}/package.json`);
}

/** The builders' shared options: --source DIR (the scratch folder), --out DIR (default src/lexicon), --quiet. */
export function builderArgs(what: string): { source: string; outDir: string; quiet: boolean } {
  const { values } = parseArgs({ options: { source: { type: 'string' }, out: { type: 'string' }, quiet: { type: 'boolean', default: false } } });
  const source = values.source ?? fail(`missing --source DIR (scratch folder holding the ${what} npm packages)`);
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  return { source, outDir: resolve(values.out ?? join(repo, 'src', 'lexicon')), quiet: values.quiet ?? false };
}

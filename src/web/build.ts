// The workbench's files, made in memory when the server starts (esbuild bundles the TypeScript and
// the CSS in a fraction of a second), so that nothing built is ever committed or left on disk.
// Map data comes from world-atlas (Natural Earth countries) and the committed admin-1 TopoJSON.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const HERE = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

export interface WebFile {
  body: Buffer;
  gzip: Buffer | null;
  type: string;
  etag: string;
  /** Named by their content hash: cached for good. */
  immutable: boolean;
}

/** Files by URL path ('/', '/assets/app-HASH.js', …). */
export type WebAssets = ReadonlyMap<string, WebFile>;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

const typeOf = (path: string) => TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream';

function file(path: string, body: Buffer, immutable: boolean): WebFile {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
  return { body, gzip: body.length > 1024 ? gzipSync(body, { level: 6 }) : null, type: typeOf(path), etag, immutable };
}

/** Files served as they are (the map's data, the icon), each under a name that carries its content hash. */
function staticFiles(): { name: string; path: string }[] {
  return [
    { name: 'countries', path: require.resolve('world-atlas/countries-50m.json') },
    { name: 'admin1', path: join(HERE, 'data', 'admin1.topo.json') },
    { name: 'icon', path: join(HERE, 'icon.svg') },
  ];
}

export interface BuildOptions { minify?: boolean }

export async function buildWebAssets(opts: BuildOptions = {}): Promise<WebAssets> {
  const result = await build({
    entryPoints: { app: join(HERE, 'app', 'main.ts') },
    bundle: true, write: false, format: 'esm', target: 'es2022', platform: 'browser',
    minify: opts.minify ?? true, sourcemap: 'linked', legalComments: 'none',
    outdir: '/assets', entryNames: '[name]-[hash]', assetNames: '[name]-[hash]', logLevel: 'silent',
  });
  const files = new Map<string, WebFile>();
  const names: Record<string, string> = {};
  for (const out of result.outputFiles) {
    const url = out.path.slice(out.path.indexOf('/assets/'));
    files.set(url, file(url, Buffer.from(out.contents), true));
    const ext = url.slice(url.lastIndexOf('.') + 1);
    if (ext === 'js' || ext === 'css') names[ext] = url;
  }
  const data: Record<string, string> = {};
  for (const d of staticFiles()) {
    const body = readFileSync(d.path);
    const url = `/assets/${d.name}-${createHash('sha256').update(body).digest('hex').slice(0, 10)}${d.path.slice(d.path.lastIndexOf('.'))}`;
    files.set(url, file(url, body, true));
    data[d.name] = url;
  }
  const html = readFileSync(join(HERE, 'index.html'), 'utf8')
    .replace('{{css}}', names.css).replace('{{js}}', names.js)
    .replace('{{countries}}', data.countries).replace('{{admin1}}', data.admin1).replace('{{icon}}', data.icon);
  files.set('/', file('/index.html', Buffer.from(html), false));
  return files;
}

let cached: Promise<WebAssets> | null = null;

/** One build per process (tests build apps many times). */
export function webAssets(): Promise<WebAssets> {
  cached ??= buildWebAssets();
  return cached;
}

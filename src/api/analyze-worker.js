// A worker thread of the analyze pool: loads the engine (and its gazetteer, ~100 MB) once, then
// analyses documents. Plain JS so that it can register tsx's loader before importing TypeScript.
import { register } from 'tsx/esm/api';

register();
const { analyze, renderNeutralText } = await import('../analyze.ts');

/** `json: true` returns the result serialised (the API sends it as it is); otherwise the object. `neutral`: the reduced-exposure reading. */
export default function run({ text, options, json, neutral }) {
  if (neutral) return renderNeutralText(text);
  const result = analyze(text, options);
  return json ? JSON.stringify(result) : result;
}

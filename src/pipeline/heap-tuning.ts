// Imported first by the engine: V8's allocation-site pretenuring off, for the whole process.
//
// V8 pretenures an allocation site when all of its objects survive a scavenge. Early in a process,
// while the young generation is still small, a batch's annotations and events do, and from then on
// those sites allocate straight into the old generation. There they die with their batch but stay
// until a full collection, and their pointers keep the young objects they reference alive through
// every scavenge (copied, then promoted, then kept by the next dead ones). The assemble stage alone,
// replayed over recorded inputs: ~4.8 MB survive each scavenge with pretenuring, ~0.02 MB without.
// An application that embeds the engine and wants V8's default sets CLAIMSCOPE_V8_PRETENURING=on.
import { setFlagsFromString } from 'node:v8';

if (process.env.CLAIMSCOPE_V8_PRETENURING !== 'on') setFlagsFromString('--no-allocation-site-pretenuring');

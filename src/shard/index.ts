// Shards: a deterministic slice of the cases per Actions matrix job, and the merge of the
// partial reports back into one report computed on every case.
export { shardCases, shardOf, type ShardSpec } from './assign.js';
export { parseShard } from './spec.js';
export { createSpool, type Spool } from './spool.js';
export { createMerge, mergePartials, type Merge, type MergedInputs, type Partial as PartialReport } from './merge.js';

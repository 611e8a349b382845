// Heap limits of the gate's worker thread (gate-worker.ts), in a module of their own so the
// benchmark can run its calls under exactly these limits without loading the whole gate.
// Capping the young generation stops V8 from growing it to 2 × 64 MB under the SDK's
// short-lived garbage; an explicit old-generation ceiling makes V8 size its heap growth to
// it instead of to the machine's memory. 12,400 calls peak at 179–180 MB RSS with these,
// 268 MB without (BENCHMARKS.md). The ceiling is far above what a run keeps alive (its
// records and outputs), so it bounds growth, not the eval sets a team can run.
export const GATE_WORKER_LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 1024 } as const;

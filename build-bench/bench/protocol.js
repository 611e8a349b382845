// Messages between the benchmark driver and its two child processes. The simulator and
// the runner each get a process of their own, so neither's CPU shares the other's event loop.
export const BENCH_MODELS = { baseline: 'bench-baseline', candidate: 'bench-candidate' };

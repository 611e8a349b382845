// The OpenAI-compatible simulator: product code used by the demo, the e2e tests and the
// benchmarks. It speaks Chat Completions and the Responses API (whole or streamed) on
// 127.0.0.1 with seeded answers, latencies (first token included) and faults.
export { startSimulator } from './server.js';
export { simulateCommand, modelsFor, DEFAULT_SIMULATOR_PORT, type SimulateCommandOptions } from './command.js';
export { PRESET_MODELS, SIM_BASELINE, SIM_CANDIDATE, SIM_JUDGE, DEMO_PRICES, SIMULATED_NOTE, benchmarkProfile, streamingBenchmarkProfile } from './presets.js';
export { fingerprint, difficultyOf } from './answers.js';
export { tokenOverlap, gradeFor } from './judge.js';
export { promptTokens, textTokens } from './wire.js';
export type { FaultKind, FaultPlan, FaultRates, ModelProfile, ScriptedFault, ServedCall, Simulator, SimulatorOptions } from './types.js';

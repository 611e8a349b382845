// Messages between the benchmark driver and its two child processes. The simulator and
// the runner each get a process of their own, so neither's CPU shares the other's event loop.

export interface RunnerArgs {
  url: string;
  cases: number;
  concurrency: number;
  /** Run the calls in a worker thread with this young-generation cap (resourceLimits), in MB. */
  workerYoungMb?: number;
}

export interface RunnerResult {
  wallMs: number;
  /** Latency of every successful call, as the runner measured it. */
  latencies: number[];
  errors: number;
  calls: number;
  /** process.resourceUsage().maxRSS, in MB (1024 × 1024 bytes). */
  maxRssMb: number;
  /** Runner CPU (user + system) during the timed run, ms. */
  cpuMs: number;
  /** Event-loop delay during the timed run: p99 and max, ms. */
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
}

export interface ServedSummary {
  /** Served latency of each 200 response, request arrival → response end, ms. */
  latencies: number[];
  calls: number;
  /** Non-200 responses (there should be none: the benchmark injects no faults). */
  failures: number;
  /** Streamed 200s: request arrival → first content delta written, ms, by model. */
  firstTokens?: Record<string, number[]>;
  /** Unix ms (performance.timeOrigin-based) when the first answer request arrived and the last answer ended. */
  firstArrivalAt?: number;
  lastEndAt?: number;
}

export type SimulatorMessage = { type: 'ready'; url: string } | { type: 'served'; served: ServedSummary };
export type DriverMessage = { type: 'served' } | { type: 'close' };

export const BENCH_MODELS = { baseline: 'bench-baseline', candidate: 'bench-candidate' } as const;

// Runs the gate in a worker thread with bounded heap growth (worker-limits.ts). Under a
// 12,400-call run the openai SDK keeps each finished request reachable until a full GC, and
// V8 answers by growing its heap: peak RSS 268 MB on the main thread, 179–180 MB in the
// worker, at the same wall time and latency accuracy (BENCHMARKS.md). A node flag would do
// the same, but a GitHub Action cannot pass flags.
//
// The worker runs the same bundle file as the shell that started it; entry files branch on
// isMainThread. Callbacks travel as messages, the report as plain data.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { GateOptions, GateOutcome, GatePhase, GateProgress, ReportGateOptions } from './gate.js';
import type { LoadedGate } from './load.js';
import type { ReportCase } from './report/types.js';
import { LlmGateError, type LlmGateErrorData } from './errors.js';

import { GATE_WORKER_LIMITS } from './worker-limits.js';

type WorkerInput = Pick<GateOptions, 'configPath' | 'cwd' | 'env' | 'overrides' | 'defaultApiKey' | 'simulated' | 'replay' | 'shard' | 'baseline' | 'skipUnsupported'> & {
  output?: WorkerOutput;
  /** `merge` instead of `run`: the partial reports to merge. */
  merge?: { partials: string[] };
};

/**
 * What the worker writes itself: the JSON report, from the thread whose heap is capped,
 * piece by piece and redacted as the shell would. Without `full`, the report it sends back
 * leaves out the cases and records (the shell then prints only the verdict): a large run's
 * report is not copied into the shell's thread at all.
 */
export interface WorkerOutput {
  json?: string;
  full: boolean;
}

type ToMain =
  | { type: 'phase'; phase: GatePhase }
  | { type: 'progress'; progress: GateProgress }
  | ({ type: 'loaded' } & Parameters<NonNullable<GateOptions['onLoaded']>>[0])
  | { type: 'done'; outcome: Exclude<GateOutcome, { status: 'error' }> }
  | { type: 'failed'; error: LlmGateErrorData };

type ToWorker = { type: 'abort' } | { type: 'start'; loaded?: LoadedGate };

/**
 * Same contract as runMerge, in the worker: a merge holds every case of the set at once, and
 * on the shell's thread, whose heap has no cap, V8 grows that heap far past what it holds.
 */
export async function runMergeInWorker(options: ReportGateOptions & { partials: string[] }, entry: URL, output?: WorkerOutput): Promise<GateOutcome> {
  const input: WorkerInput = {
    configPath: options.configPath,
    cwd: options.cwd,
    env: options.env,
    ...(options.baseline ? { baseline: options.baseline } : {}),
    merge: { partials: options.partials },
    ...(output ? { output } : {}),
  };
  return inWorker(input, options, entry, async () => undefined);
}

/** Same contract as runGate; `entry` is the file URL of the bundle the caller runs from. */
export async function runGateInWorker(options: GateOptions, entry: URL, output?: WorkerOutput): Promise<GateOutcome> {
  const input: WorkerInput = {
    configPath: options.configPath,
    cwd: options.cwd,
    env: options.env,
    overrides: options.overrides,
    defaultApiKey: options.defaultApiKey,
    simulated: options.simulated,
    ...(options.replay ? { replay: true } : {}),
    ...(options.shard ? { shard: options.shard } : {}),
    ...(options.baseline ? { baseline: options.baseline } : {}),
    skipUnsupported: options.skipUnsupported,
    ...(output ? { output } : {}),
  };
  // While the worker loads the SDK, this thread loads and validates the config and the
  // eval set: on two cores start-up takes the longer of the two instead of their sum.
  return inWorker(input, options, entry, () => preload(options));
}

async function inWorker(
  input: WorkerInput,
  options: Pick<GateOptions, 'env' | 'signal' | 'onPhase' | 'onProgress' | 'onLoaded'>,
  entry: URL,
  preload: () => Promise<LoadedGate | LlmGateError | undefined>,
): Promise<GateOutcome> {
  const worker = new Worker(entry, { workerData: { llmGate: input }, resourceLimits: GATE_WORKER_LIMITS, env: { ...options.env } });
  let phase: GatePhase | undefined = 'load';
  const loading = preload();
  const abort = (): void => worker.postMessage({ type: 'abort' });
  options.signal?.addEventListener('abort', abort, { once: true });
  if (options.signal?.aborted) abort();
  try {
    return await new Promise<GateOutcome>((resolve, reject) => {
      worker.on('message', (message: ToMain) => {
        switch (message.type) {
          case 'phase':
            // A load this thread left to the worker reports its load phase a second time.
            if (message.phase === 'load' && phase === 'load') return;
            phase = message.phase;
            return options.onPhase?.(message.phase);
          case 'progress':
            return options.onProgress?.(message.progress);
          case 'loaded':
            return options.onLoaded?.(message);
          case 'done':
            return resolve(message.outcome);
          case 'failed':
            return resolve({ status: 'error', error: LlmGateError.fromData(message.error) });
        }
      });
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the gate's worker thread exited early (code ${code})`)));
      loading.then((loaded) => {
        if (loaded instanceof LlmGateError) return resolve({ status: 'error', error: loaded });
        try {
          worker.postMessage({ type: 'start', ...(loaded ? { loaded } : {}) } satisfies ToWorker);
        } catch {
          // Not plain data after all: the worker loads it itself.
          worker.postMessage({ type: 'start' } satisfies ToWorker);
        }
      }, reject);
    });
  } finally {
    options.signal?.removeEventListener('abort', abort);
    // Keep-alive sockets would hold the worker open; its work is done.
    await worker.terminate();
  }
}

/**
 * Eval files past this are loaded in the worker: this thread's heap has no cap, and the
 * garbage of parsing a large set would stay in it for the whole run.
 */
const PRELOAD_MAX_EVAL_BYTES = 2 * 1024 * 1024;

/**
 * The load stage in this thread. A config or eval-set error comes back as the error itself
 * (no call was made; the worker is stopped); a large set, or anything unexpected, leaves
 * the load to the worker, which reports it as it always did.
 */
async function preload(options: GateOptions): Promise<LoadedGate | LlmGateError | undefined> {
  options.onPhase?.('load');
  try {
    const { loadGate } = await import('./load.js');
    return await loadGate({ ...options, maxEvalBytes: PRELOAD_MAX_EVAL_BYTES });
  } catch (err) {
    return err instanceof LlmGateError ? err : undefined;
  }
}

/** True when this thread was started by runGateInWorker: the entry file then runs the gate and nothing else. */
export function isGateWorker(): boolean {
  return !isMainThread && typeof workerData === 'object' && workerData !== null && 'llmGate' in workerData;
}

export async function gateWorkerMain(): Promise<void> {
  const port = parentPort!;
  const input = (workerData as { llmGate: WorkerInput }).llmGate;
  const controller = new AbortController();
  let start!: (message: Extract<ToWorker, { type: 'start' }>) => void;
  const started = new Promise<Extract<ToWorker, { type: 'start' }>>((resolve) => (start = resolve));
  port.on('message', (message: ToWorker) => {
    if (message.type === 'abort') controller.abort();
    else if (message.type === 'start') start(message);
  });
  // Only the worker loads the gate (the SDK, zod, ajv): the thread that starts it stays small.
  const { runGate, runMerge } = await import('./gate.js');
  const { loaded } = await started;
  const post = (message: ToMain): void => port.postMessage(message);
  const { output, merge, ...options } = input;
  const secrets: string[] = [];
  // Written here and not sent whole: the report's cases and records are made as they are written.
  const apart = output?.json !== undefined && !output.full;
  const outcome = merge
    ? await runMerge({
        configPath: options.configPath,
        cwd: options.cwd,
        env: options.env,
        ...(options.baseline?.ref !== undefined ? { baseline: { ref: options.baseline.ref } } : {}),
        partials: merge.partials,
        signal: controller.signal,
        ...(apart ? { reportLists: true } : {}),
      })
    : await runGate({
        ...options,
        ...(loaded ? { loaded } : {}),
        ...(apart ? { reportLists: true } : {}),
        signal: controller.signal,
        onPhase: (phase) => post({ type: 'phase', phase }),
        onProgress: (progress) => post({ type: 'progress', progress }),
        onLoaded: (loaded) => {
          secrets.push(...loaded.apiKeys);
          post({ type: 'loaded', ...loaded });
        },
      });
  if (outcome.status === 'error') {
    post({ type: 'failed', error: outcome.error.toData() });
  } else if (outcome.status === 'done' && output?.json !== undefined) {
    const [{ writeJsonFile }, { createRedactor, secretsFromEnv }, { firstOf }, { mkdir }, { dirname }] = await Promise.all([
      import('./shell/json-file.js'),
      import('./shell/redact.js'),
      import('./report/lists.js'),
      import('node:fs/promises'),
      import('node:path'),
    ]);
    const redact = createRedactor(secretsFromEnv(options.env));
    redact.add(...secrets);
    await mkdir(dirname(output.json), { recursive: true });
    const { lists, release, ...done } = outcome;
    let first: ReportCase | undefined;
    try {
      await writeJsonFile(output.json, done.report, redact, lists);
      // The shell prints the verdict and tells an empty shard by its cases: one case is enough.
      first = lists ? firstOf(lists.cases) : undefined;
    } finally {
      release?.();
    }
    const report = lists ? { ...done.report, cases: first === undefined ? [] : [first], records: [] } : done.report;
    post({ type: 'done', outcome: { ...done, report, jsonWritten: true } });
  } else if (outcome.status === 'done') {
    const { release, ...done } = outcome;
    release?.();
    post({ type: 'done', outcome: done });
  } else {
    post({ type: 'done', outcome });
  }
  port.unref();
}

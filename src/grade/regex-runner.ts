// Runs user regexes under a deadline. JavaScript's engine backtracks: /^(a+)+$/ against
// "aaaa…a!" takes exponential time, and a match cannot be interrupted from the thread that
// runs it. So each match runs in a worker thread while the grading thread waits for it on
// a shared flag (Atomics.wait) for at most the deadline; a worker still matching then is
// terminated, and a fresh one serves the next match. Graders stay synchronous (the
// simulator and tests call them directly), and the wait blocks grading for at most the
// deadline; gradeCases yields to the event loop between outputs, so signals still get in.
// A linear-time engine (RE2) would change what patterns mean (no backreferences, no
// lookaround), so users keep JavaScript's semantics and get a deadline instead.
import { MessageChannel, type MessagePort, Worker, receiveMessageOnPort } from 'node:worker_threads';

/** How long one match may run before its grade is left unjudged. */
export const REGEX_DEADLINE_MS = 1000;

/** How long a new worker may take to start (a loaded CI machine is slow; this is not the match's time). */
const STARTUP_MS = 10_000;

// Plain CommonJS, evaluated as the worker's source: the bundle needs no separate file.
// state[0] holds the id of the last job answered, state[1] is 1 once the worker listens.
// The last compiled pattern is kept, since a case's pattern meets every output in a row.
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { state, port } = workerData;
let key;
let re;
port.on('message', (job) => {
  let reply;
  try {
    const k = JSON.stringify([job.pattern, job.flags]);
    if (k !== key) { re = new RegExp(job.pattern, job.flags); key = k; }
    re.lastIndex = 0;
    reply = { id: job.id, matched: re.test(job.input) };
  } catch (err) {
    reply = { id: job.id, error: String((err && err.message) || err) };
  }
  port.postMessage(reply);
  Atomics.store(state, 0, job.id);
  Atomics.notify(state, 0);
});
Atomics.store(state, 1, 1);
Atomics.notify(state, 1);
`;

// A worker needs little: the pattern, one output (GRADE_INPUT_CHARS at most) and the
// engine's backtracking stack. A runaway allocation ends the match, not the gate.
const WORKER_LIMITS = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 } as const;

export type RegexVerdict = { kind: 'match'; matched: boolean } | { kind: 'timeout'; deadlineMs: number } | { kind: 'error'; message: string };

export interface RegexRunner {
  /** Tests `pattern` against `input`, blocking for at most the deadline (plus a worker's start). */
  test(pattern: string, flags: string | undefined, input: string): RegexVerdict;
  /** Ends the worker; a later test starts a new one. */
  close(): void;
}

interface Thread {
  worker: Worker;
  port: MessagePort;
  state: Int32Array;
}

/** Waits until state[at] !== from, or `ms` have passed; true when it changed. */
function waitChange(state: Int32Array, at: number, from: number, ms: number): boolean {
  const until = performance.now() + ms;
  for (;;) {
    if (Atomics.load(state, at) !== from) return true;
    const left = until - performance.now();
    if (left <= 0) return false;
    Atomics.wait(state, at, from, left);
  }
}

export function createRegexRunner(options: { deadlineMs?: number } = {}): RegexRunner {
  const deadlineMs = options.deadlineMs ?? REGEX_DEADLINE_MS;
  let thread: Thread | undefined;
  let lastId = 0;

  const stop = (): void => {
    const t = thread;
    thread = undefined;
    if (!t) return;
    t.port.close();
    // Terminating interrupts a running match; nothing needs to wait for it.
    void t.worker.terminate();
  };

  const start = (): Thread | string => {
    const state = new Int32Array(new SharedArrayBuffer(8));
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { state, port: port2 },
      transferList: [port2],
      resourceLimits: WORKER_LIMITS,
    });
    // An idle worker must not keep the process alive, nor its failure crash it.
    worker.unref();
    worker.on('error', () => undefined);
    const t = { worker, port: port1, state };
    thread = t;
    lastId = 0;
    if (!waitChange(state, 1, 0, STARTUP_MS)) {
      stop();
      return `the regex worker did not start within ${STARTUP_MS / 1000} s`;
    }
    return t;
  };

  return {
    test(pattern, flags, input) {
      const t = thread ?? start();
      if (typeof t === 'string') return { kind: 'error', message: t };
      const id = ++lastId;
      t.port.postMessage({ id, pattern, flags, input });
      if (!waitChange(t.state, 0, id - 1, deadlineMs)) {
        stop();
        return { kind: 'timeout', deadlineMs };
      }
      const reply = receiveMessageOnPort(t.port)?.message as { id: number; matched?: boolean; error?: string } | undefined;
      if (!reply || reply.id !== id) {
        stop();
        return { kind: 'error', message: 'the regex worker gave no answer' };
      }
      return reply.error === undefined ? { kind: 'match', matched: reply.matched === true } : { kind: 'error', message: reply.error };
    },
    close: stop,
  };
}

let shared: RegexRunner | undefined;

/** The runner the regex grader uses unless its context brings one. */
export function sharedRegexRunner(): RegexRunner {
  return (shared ??= createRegexRunner());
}

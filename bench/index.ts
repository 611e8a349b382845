// `npm run bench`: the runner against the simulator, checked against what the simulator
// says it served. Three figures (issue "The gate, end to end", Benchmark):
//   1. wall time ≤ 1.10 × ideal (Σ served latency / concurrency), 12,400 calls at concurrency 32;
//   2. measured p50 and p95 within 5% of served, at concurrency 16 and 1;
//   3. peak RSS ≤ 200 MB for the 12,400-call run.
// Flags: --quick (a tenth of the calls, for a smoke test), --seed N, --only I (one scenario,
// 0-based), --runner-flag F (a node flag for the runner child, repeatable: e.g. --cpu-prof,
// --max-semi-space-size=16), --worker-young-mb N (cap the calls' worker thread's young
// generation at N MB), --main-thread (run the calls on the main thread instead).
// By default the calls run the way the CLI and the Action run them: in a worker thread with
// the product's own GATE_WORKER_LIMITS (src/gate-worker.ts).
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { cpus } from 'node:os';
import type { DriverMessage, RunnerArgs, RunnerResult, ServedSummary, SimulatorMessage } from './protocol.js';
import { quantile, sum } from './stats.js';
import { GATE_WORKER_LIMITS } from '../src/worker-limits.js';

interface Scenario {
  name: string;
  cases: number;
  concurrency: number;
  checkOverhead: boolean;
  checkLatency: boolean;
  checkRss: boolean;
}

const LIMITS = { overhead: 1.1, latency: 0.05, rssMb: 200 } as const;

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const seedAt = argv.indexOf('--seed');
const seed = seedAt >= 0 ? Number(argv[seedAt + 1]) : 1;
const scale = quick ? 10 : 1;
const onlyAt = argv.indexOf('--only');
const only = onlyAt >= 0 ? Number(argv[onlyAt + 1]) : undefined;
const youngAt = argv.indexOf('--worker-young-mb');
const workerYoungMb = argv.includes('--main-thread')
  ? undefined
  : youngAt >= 0
    ? Number(argv[youngAt + 1])
    : GATE_WORKER_LIMITS.maxYoungGenerationSizeMb;
const runnerFlags = argv.flatMap((arg, i) => (arg === '--runner-flag' && argv[i + 1] ? [argv[i + 1]!] : []));

const scenarios: Scenario[] = [
  { name: 'overhead', cases: 6200 / scale, concurrency: 32, checkOverhead: true, checkLatency: false, checkRss: true },
  { name: 'latency', cases: 2000 / scale, concurrency: 16, checkOverhead: false, checkLatency: true, checkRss: false },
  { name: 'latency', cases: 200 / scale, concurrency: 1, checkOverhead: false, checkLatency: true, checkRss: false },
];

async function message<T>(child: ChildProcess): Promise<T> {
  const [value] = (await Promise.race([
    once(child, 'message'),
    once(child, 'exit').then(([code]) => {
      throw new Error(`child process exited with code ${code} before answering`);
    }),
  ])) as [T];
  return value;
}

async function runScenario(scenario: Scenario): Promise<{ runner: RunnerResult; served: ServedSummary }> {
  const simulator = fork(new URL('./simulator-child.js', import.meta.url), [String(seed)], { stdio: 'inherit' });
  try {
    const ready = await message<SimulatorMessage>(simulator);
    if (ready.type !== 'ready') throw new Error('simulator did not start');
    const args: RunnerArgs = { url: ready.url, cases: scenario.cases, concurrency: scenario.concurrency };
    if (workerYoungMb !== undefined) args.workerYoungMb = workerYoungMb;
    const runnerChild = fork(new URL('./runner-child.js', import.meta.url), [JSON.stringify(args)], {
      stdio: 'inherit',
      execArgv: runnerFlags,
    });
    const runner = await message<RunnerResult>(runnerChild);
    await once(runnerChild, 'exit');
    simulator.send({ type: 'served' } satisfies DriverMessage);
    const reply = await message<SimulatorMessage>(simulator);
    if (reply.type !== 'served') throw new Error('simulator did not report what it served');
    simulator.send({ type: 'close' } satisfies DriverMessage);
    await once(simulator, 'exit');
    return { runner, served: reply.served };
  } finally {
    if (simulator.exitCode === null) simulator.kill();
  }
}

const pct = (x: number): string => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;
const ms = (x: number): string => x.toFixed(1);
const mark = (ok: boolean): string => (ok ? '✅' : '❌');

const rows: string[] = [];
const notes: string[] = [];
let failed = false;

const mode = [
  workerYoungMb === undefined ? 'runner on the main thread (--main-thread)' : `runner in a worker thread, maxYoungGenerationSizeMb ${workerYoungMb} (as the CLI and the Action run it)`,
  runnerFlags.length > 0 ? `node flags ${runnerFlags.join(' ')}` : 'no node flags',
].join(', ');
console.log(`llm-gate runner benchmark — node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'})${quick ? ', --quick' : ''}`);
console.log(`mode: ${mode}`);
for (const [index, scenario] of scenarios.entries()) {
  if (only !== undefined && index !== only) continue;
  const calls = scenario.cases * 2;
  process.stdout.write(`running ${calls} calls at concurrency ${scenario.concurrency}… `);
  const { runner, served } = await runScenario(scenario);
  console.log(`done in ${(runner.wallMs / 1000).toFixed(1)} s`);
  if (runner.errors > 0 || served.failures > 0 || served.calls !== calls) {
    failed = true;
    notes.push(`concurrency ${scenario.concurrency}: ${runner.errors} runner errors, ${served.failures} non-200, ${served.calls}/${calls} served`);
  }
  const idealMs = sum(served.latencies) / scenario.concurrency;
  const ratio = runner.wallMs / idealMs;
  const p50 = { measured: quantile(runner.latencies, 0.5), served: quantile(served.latencies, 0.5) };
  const p95 = { measured: quantile(runner.latencies, 0.95), served: quantile(served.latencies, 0.95) };
  const d50 = p50.measured / p50.served - 1;
  const d95 = p95.measured / p95.served - 1;

  const checks: string[] = [];
  if (scenario.checkOverhead) {
    const ok = ratio <= LIMITS.overhead;
    failed ||= !ok;
    checks.push(`wall ${mark(ok)}`);
  }
  if (scenario.checkLatency) {
    const ok = Math.abs(d50) <= LIMITS.latency && Math.abs(d95) <= LIMITS.latency;
    failed ||= !ok;
    checks.push(`latency ${mark(ok)}`);
  }
  if (scenario.checkRss) {
    const ok = runner.maxRssMb <= LIMITS.rssMb;
    failed ||= !ok;
    checks.push(`RSS ${mark(ok)}`);
  }
  rows.push(
    `| ${calls.toLocaleString('en-US')} | ${scenario.concurrency} | ${(runner.wallMs / 1000).toFixed(2)} s | ${(idealMs / 1000).toFixed(2)} s | ${ratio.toFixed(3)} ` +
      `| ${ms(p50.measured)} / ${ms(p50.served)} (${pct(d50)}) | ${ms(p95.measured)} / ${ms(p95.served)} (${pct(d95)}) ` +
      `| ${runner.maxRssMb.toFixed(0)} MB | ${(runner.cpuMs / calls).toFixed(3)} ms | ${ms(runner.loopDelayP99Ms)} / ${ms(runner.loopDelayMaxMs)} ms | ${checks.join(' ')} |`,
  );
}

console.log('');
console.log('| calls | concurrency | wall | ideal | wall / ideal | p50 measured / served (ms) | p95 measured / served (ms) | peak RSS | runner CPU per call | event-loop delay p99 / max | checks |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
for (const row of rows) console.log(row);
console.log('');
console.log(`Limits: wall / ideal ≤ ${LIMITS.overhead} (concurrency 32), |Δ p50|, |Δ p95| ≤ ${LIMITS.latency * 100}% (concurrency 16 and 1), peak RSS ≤ ${LIMITS.rssMb} MB (concurrency 32).`);
for (const note of notes) console.log(`note: ${note}`);
if (failed) {
  console.log('FAIL: at least one figure misses its limit.');
  process.exitCode = 1;
} else {
  console.log('PASS: every figure holds.');
}

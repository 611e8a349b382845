// `npm run bench:process`: the gate as a user runs it, `node dist/cli.js run` as a process of
// its own, against the simulator in another process. Figures:
//   1. 1,000 calls (500 cases × 2 models, log-normal median 50 ms, p95 120 ms, concurrency 16):
//      wall time from spawn to exit against the ideal (Σ served latency / 16); floor ≤ 1.10×.
//   2. The fixed cost of a run that makes no call (start, load the config and 500 cases, write
//      the report): a run.budget far below one call refuses the first one; floor ≤ 400 ms.
//   3. `node dist/cli.js --version`, and the Action bundle's start (to its first line of
//      output, a config error on an empty workspace): for information.
//   4. The same 1,000 calls streamed (run.stream; first token log-normal median 50 ms, p95
//      120 ms, answer median 150 ms, p95 360 ms): TTFT p50/p95 per model from the report
//      against the simulator's record of when it wrote each first content delta; floor ±5%.
//      And the gate process's CPU per call, streamed next to not (process.cpuUsage at exit,
//      all threads).
// Each figure is the median of --repeat N runs (default 3). Needs a built dist/ (npm run build).
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BENCH_MODELS, type DriverMessage, type ServedSummary, type SimulatorMessage } from './protocol.js';
import { quantile, sum } from './stats.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const ACTION = join(ROOT, 'dist', 'index.js');
const CASES = 500;
const CONCURRENCY = 16;
const LIMITS = { overhead: 1.1, fixedMs: 400, ttft: 0.05 } as const;

const argv = process.argv.slice(2);
const repeatAt = argv.indexOf('--repeat');
const repeats = repeatAt >= 0 ? Number(argv[repeatAt + 1]) : 3;
// --no-stream skips the streamed runs (their rows then read n/a): for quick looks at the rest.
const withStream = !argv.includes('--no-stream');

if (!existsSync(CLI) || !existsSync(ACTION)) {
  console.error('bench:process runs the built bundles: run `npm run build` first');
  process.exit(2);
}

async function message<T>(child: ChildProcess): Promise<T> {
  const [value] = (await Promise.race([
    once(child, 'message'),
    once(child, 'exit').then(([code]) => {
      throw new Error(`child process exited with code ${code} before answering`);
    }),
  ])) as [T];
  return value;
}

async function project(url: string, budget?: number, stream = false): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'llm-gate-bench-process-'));
  await mkdir(join(dir, 'evals'));
  const cases = Array.from({ length: CASES }, (_, i) =>
    JSON.stringify({ id: `case-${i}`, vars: { n: i }, prompt: 'Answer ok for request {{n}}', expect: [{ type: 'contains', value: 'ok' }] }),
  );
  await writeFile(join(dir, 'evals', 'bench.jsonl'), `${cases.join('\n')}\n`);
  await writeFile(
    join(dir, 'llm-gate.yml'),
    [
      'evals: evals/*.jsonl',
      'models:',
      `  baseline: { model: ${BENCH_MODELS.baseline}, baseUrl: "${url}", apiKeyEnv: BENCH_KEY, price: { input: 1, output: 2 } }`,
      `  candidate: { model: ${BENCH_MODELS.candidate}, price: { input: 1, output: 2 } }`,
      `run: { concurrency: ${CONCURRENCY}, retries: 0, timeout: 30s${budget === undefined ? '' : `, budget: ${budget}`}${stream ? ', stream: true' : ''} }`,
    ].join('\n'),
  );
  return dir;
}

/** Preloaded into a timed process: writes its CPU time (all threads, user + system) at exit. */
const CPU_HOOK = `process.on('exit', () => require('node:fs').writeFileSync(process.env.BENCH_CPU_OUT, JSON.stringify(process.cpuUsage())));`;

/** Wall time of one process, spawn to exit, in ms, its exit code and its CPU time in ms. */
async function timed(args: string[], cwd: string): Promise<{ ms: number; code: number | null; stderr: string; cpuMs: number; startAt: number; exitAt: number }> {
  const hook = join(cwd, 'cpu-hook.cjs');
  const out = join(cwd, 'cpu.json');
  await writeFile(hook, CPU_HOOK);
  const start = performance.now();
  const child = spawn(process.execPath, ['--require', hook, ...args], { cwd, env: { PATH: process.env.PATH, BENCH_KEY: 'bench', BENCH_CPU_OUT: out }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  const [code] = (await once(child, 'exit')) as [number | null];
  const ms = performance.now() - start;
  let cpuMs = Number.NaN;
  try {
    const usage = JSON.parse(await readFile(out, 'utf8')) as { user: number; system: number };
    cpuMs = (usage.user + usage.system) / 1000;
  } catch {
    // A process that died before its exit handler ran reports no CPU figure.
  }
  return { ms, code, stderr, cpuMs, startAt: performance.timeOrigin + start, exitAt: performance.timeOrigin + start + ms };
}

async function withSimulator<T>(seed: number | [number, 'stream'], body: (url: string, served: () => Promise<ServedSummary>) => Promise<T>): Promise<T> {
  const args = Array.isArray(seed) ? [String(seed[0]), seed[1]] : [String(seed)];
  const simulator = fork(new URL('./simulator-child.js', import.meta.url), args, { stdio: 'inherit' });
  try {
    const ready = await message<SimulatorMessage>(simulator);
    if (ready.type !== 'ready') throw new Error('simulator did not start');
    const served = async (): Promise<ServedSummary> => {
      simulator.send({ type: 'served' } satisfies DriverMessage);
      const reply = await message<SimulatorMessage>(simulator);
      if (reply.type !== 'served') throw new Error('simulator did not report what it served');
      return reply.served;
    };
    const result = await body(ready.url, served);
    simulator.send({ type: 'close' } satisfies DriverMessage);
    await once(simulator, 'exit');
    return result;
  } finally {
    if (simulator.exitCode === null) simulator.kill();
  }
}

const median = (xs: number[]): number => quantile(xs, 0.5);
const mark = (ok: boolean): string => (ok ? '✅' : '❌');

console.log(`llm-gate whole-process benchmark — node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), median of ${repeats}`);

const full: { wallMs: number; idealMs: number; calls: number; cpuMs: number; startMs: number; callsMs: number; endMs: number }[] = [];
const streamed: { cpuMs: number; calls: number; ttft: { model: string; p50: number; p95: number; servedP50: number; servedP95: number }[] }[] = [];
const fixed: number[] = [];
for (let r = 0; r < repeats; r++) {
  await withSimulator(r + 1, async (url, served) => {
    const dir = await project(url);
    try {
      const run = await timed([CLI, 'run', '--json', 'report.json', '--quiet'], dir);
      // 0 pass, 1 fail, 4 inconclusive: a verdict was reached; 2 and 3 mean the run itself broke.
      if (run.code === null || run.code === 2 || run.code === 3) throw new Error(`the gate exited ${run.code}: ${run.stderr.slice(-2000)}`);
      const s = await served();
      full.push({
        wallMs: run.ms,
        idealMs: sum(s.latencies) / CONCURRENCY,
        calls: s.calls,
        cpuMs: run.cpuMs,
        // Where the wall time goes: spawn → first call arrives, first arrival → last answer, last answer → exit.
        startMs: (s.firstArrivalAt ?? Number.NaN) - run.startAt,
        callsMs: (s.lastEndAt ?? Number.NaN) - (s.firstArrivalAt ?? Number.NaN),
        endMs: run.exitAt - (s.lastEndAt ?? Number.NaN),
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    const idle = await project(url, 0.000001);
    try {
      const before = (await served()).calls;
      const run = await timed([CLI, 'run', '--json', 'report.json', '--quiet'], idle);
      const after = (await served()).calls;
      if (after !== before) throw new Error(`the zero-call run made ${after - before} calls`);
      if (run.code !== 3) throw new Error(`the zero-call run exited ${run.code}, expected 3 (incomplete): ${run.stderr.slice(-2000)}`);
      fixed.push(run.ms);
    } finally {
      await rm(idle, { recursive: true, force: true });
    }
  });
}

for (let r = 0; r < (withStream ? repeats : 0); r++) {
  await withSimulator([100 + r, 'stream'], async (url, served) => {
    const dir = await project(url, undefined, true);
    try {
      const run = await timed([CLI, 'run', '--json', 'report.json', '--quiet'], dir);
      if (run.code === null || run.code === 2 || run.code === 3) throw new Error(`the streamed gate exited ${run.code}: ${run.stderr.slice(-2000)}`);
      const s = await served();
      const report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')) as {
        models: Record<'baseline' | 'candidate', { model: string; ttftMs?: { p50: number; p95: number } }>;
      };
      const ttft = (['baseline', 'candidate'] as const).map((side) => {
        const m = report.models[side];
        const firsts = s.firstTokens?.[m.model] ?? [];
        if (!m.ttftMs || firsts.length === 0) throw new Error(`no TTFT for the ${side}: the run did not stream`);
        return { model: m.model, p50: m.ttftMs.p50, p95: m.ttftMs.p95, servedP50: quantile(firsts, 0.5), servedP95: quantile(firsts, 0.95) };
      });
      streamed.push({ cpuMs: run.cpuMs, calls: s.calls, ttft });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
}

const empty = await mkdtemp(join(tmpdir(), 'llm-gate-bench-empty-'));
const version: number[] = [];
const actionStart: number[] = [];
for (let r = 0; r < Math.max(5, repeats); r++) {
  version.push((await timed([CLI, '--version'], empty)).ms);
  actionStart.push((await timed([ACTION], empty)).ms);
}
const bare: number[] = [];
for (let r = 0; r < Math.max(5, repeats); r++) bare.push((await timed(['-e', '0'], empty)).ms);
await rm(empty, { recursive: true, force: true });

const ratio = median(full.map((f) => f.wallMs / f.idealMs));
const wall = median(full.map((f) => f.wallMs));
const ideal = median(full.map((f) => f.idealMs));
const fixedMs = median(fixed);
const calls = full[0]!.calls;
console.log('');
console.log('| figure | value | floor |');
console.log('|---|---:|---|');
console.log(`| \`llm-gate run\`, ${calls.toLocaleString('en-US')} calls at concurrency ${CONCURRENCY}: wall / ideal | ${(wall / 1000).toFixed(2)} s / ${(ideal / 1000).toFixed(2)} s = ${ratio.toFixed(3)} | ≤ ${LIMITS.overhead} ${mark(ratio <= LIMITS.overhead)} |`);
console.log(
  `| where it goes: spawn → first call · first call → last answer · last answer → exit | ${median(full.map((f) => f.startMs)).toFixed(0)} ms · ${median(full.map((f) => f.callsMs)).toFixed(0)} ms · ${median(full.map((f) => f.endMs)).toFixed(0)} ms | (information) |`,
);
console.log(`| fixed cost of a run with zero calls (start, load ${CASES} cases, report) | ${fixedMs.toFixed(0)} ms | ≤ ${LIMITS.fixedMs} ms ${mark(fixedMs <= LIMITS.fixedMs)} |`);
console.log(`| \`llm-gate --version\` | ${median(version).toFixed(0)} ms | ≤ 120 ms ${mark(median(version) <= 120)} |`);
console.log(`| Action bundle start to exit (config error, empty workspace) | ${median(actionStart).toFixed(0)} ms | (information) |`);
console.log(`| \`node -e 0\` on this machine | ${median(bare).toFixed(0)} ms | (reference) |`);
const pct = (measured: number, served: number): number => measured / served - 1;
const signed = (x: number): string => `${x >= 0 ? '+' : '−'}${Math.abs(100 * x).toFixed(1)}%`;
let ttftOk = true;
for (const side of withStream ? [0, 1] : []) {
  const rows = streamed.map((s) => s.ttft[side]!);
  const p50 = median(rows.map((r) => r.p50));
  const p95 = median(rows.map((r) => r.p95));
  const s50 = median(rows.map((r) => r.servedP50));
  const s95 = median(rows.map((r) => r.servedP95));
  const ok = Math.abs(pct(p50, s50)) <= LIMITS.ttft && Math.abs(pct(p95, s95)) <= LIMITS.ttft;
  ttftOk &&= ok;
  console.log(
    `| streamed (run.stream), ${rows[0]!.model}: TTFT p50 / p95 measured vs served | ${p50.toFixed(1)} / ${s50.toFixed(1)} ms (${signed(pct(p50, s50))}) · ${p95.toFixed(1)} / ${s95.toFixed(1)} ms (${signed(pct(p95, s95))}) | within ±${100 * LIMITS.ttft}% ${mark(ok)} |`,
  );
}
const cpuPlain = median(full.map((f) => f.cpuMs / f.calls));
const cpuStream = median(streamed.map((s) => s.cpuMs / s.calls));
if (withStream) console.log(`| gate process CPU per call (all threads): not streamed / streamed | ${cpuPlain.toFixed(2)} ms / ${cpuStream.toFixed(2)} ms (${signed(cpuStream / cpuPlain - 1)}) | (information) |`);
if (calls !== 2 * CASES) console.log(`note: the simulator served ${calls} calls, expected ${2 * CASES}`);
process.exitCode = ratio <= LIMITS.overhead && fixedMs <= LIMITS.fixedMs && ttftOk ? 0 : 1;

// `npm run bench:scale`: the gate at scale, run as a user runs it (`node dist/cli.js` as a
// process of its own, against a generated project: llm-gate.yml and one JSONL eval file) with
// the benchmark simulator in another process (simulator-child.ts, benchmarkProfile for both
// models). Three parts, each with its floors:
//   run    62,000 calls (31,000 cases × 2 models, log-normal median 50 ms, p95 120 ms,
//          concurrency 32, as the runner benchmark's 12,400 calls): wall ≤ 1.10 × the ideal
//          (Σ served latency / 32) and peak RSS of the gate process ≤ 250 MB. With
//          run.sequential: false: at its default the gate stops at its first look (20% of
//          the cases, ~12,700 calls) on this set; --sequential-default shows it.
//   merge  `run --shard i/10` ten times on a 100,000-case set (simulator latency × 0.02,
//          concurrency 64, a fresh simulator per shard, same seed), then
//          `merge p1.json … p10.json`: wall ≤ 10 s, peak RSS ≤ 500 MB. And one unsharded run of
//          the same set: the merged report's models (all but latency), checks, verdict and
//          case order must equal it.
//   cache  run.cache (reuse: all) filled with 100,000 entries by a real run (50,000 cases × 2
//          models, latency × 0.02); (a) store.get (src/cache/store.ts) in this process over
//          hits and misses ≤ 1 ms per lookup; (b) a rerun of 6,200 of those cases (12,400 calls)
//          against the same simulator (the call key holds its host and port) ≤ 5 s wall, with
//          the simulator serving no answer request.
// The candidate is the baseline's model cut at 40 tokens (params.max_tokens) and priced higher,
// and each case expects its answer to contain "summary": the two models' quality and cost
// differ, and the comparison has real work to do.
// Peak RSS: VmHWM of /proc/<pid>/status polled every 100 ms, and process.resourceUsage().maxRSS
// written at exit by a --require hook (the gate runs in a worker thread of that process, so
// both cover it); the figure is the larger. Load average (os.loadavg) is printed with each part.
// dist/ is copied once at the start (after it has been unchanged for 10 s) and the gate runs
// from the copy, so a rebuild of dist/ during the benchmark cannot mix two builds.
// Flags: --only run|merge|cache (repeatable), --quick (every size ÷ 10, a smoke test),
// --repeat N (runs of the run part, timed merges and cached reruns; default 1 / 3 / 3),
// --sequential-default (run part: leave run.sequential at its default),
// --gate-flag F (a node flag for every gate process, repeatable: --cpu-prof, --cpu-prof-dir=D …),
// --mem-trace DIR (every thread of every gate process appends its memory every 250 ms to
// DIR/NN-<command>.jsonl), --keep (leave the temporary projects in place and print where;
// bench/scale-memory.ts reads them).
// Needs a built dist/ (npm run build). Keeps the simulator's served list under ~120,000 calls
// per process: simulator-child.ts spreads it into Math.min, which overflows the stack past that.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, rmSync } from 'node:fs';
import { cp, mkdtemp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createFileStore } from '../src/cache/store.js';
import { BENCH_MODELS, type DriverMessage, type ServedSummary, type SimulatorMessage } from './protocol.js';
import { quantile, sum } from './stats.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const LIMITS = { overhead: 1.1, runRssMb: 250, mergeMs: 10_000, mergeRssMb: 500, lookupMs: 1, rerunMs: 5_000 } as const;
const MB = 1024 * 1024;

const argv = process.argv.slice(2);
const flagValue = (name: string): string | undefined => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};
const quick = argv.includes('--quick');
const div = quick ? 10 : 1;
const only = argv.flatMap((arg, i) => (arg === '--only' && argv[i + 1] ? [argv[i + 1]!] : []));
const part = (name: string): boolean => only.length === 0 || only.includes(name);
const repeatFlag = flagValue('--repeat');
const keep = argv.includes('--keep');
const sequentialDefault = argv.includes('--sequential-default');
const gateFlags = argv.flatMap((arg, i) => (arg === '--gate-flag' && argv[i + 1] ? [argv[i + 1]!] : []));
const memTraceDir = flagValue('--mem-trace');
if (memTraceDir) await mkdir(memTraceDir, { recursive: true });
let traces = 0;

const SIZES = {
  run: { cases: 31_000 / div, concurrency: 32 },
  merge: { cases: 100_000 / div, shards: 10, concurrency: 64, latencyScale: 0.02 },
  cache: { cases: 50_000 / div, rerunCases: 6_200 / div, concurrency: 64, latencyScale: 0.02, lookups: 20_000 / div },
} as const;

if (!existsSync(join(DIST, 'cli.js'))) {
  console.error('bench:scale runs the built CLI: run `npm run build` first');
  process.exit(2);
}

/** Name, size and mtime of every file in dist/. */
async function distState(): Promise<{ key: string; newest: number }> {
  const names = (await readdir(DIST)).sort();
  const stats = await Promise.all(names.map(async (f) => [f, await stat(join(DIST, f))] as const));
  return { key: stats.map(([f, st]) => `${f}:${st.size}:${st.mtimeMs}`).join('|'), newest: Math.max(...stats.map(([, st]) => st.mtimeMs)) };
}

/**
 * dist/ as it is, copied once before the first figure: a rebuild of dist/ during the
 * benchmark (another session's `npm run build`) then cannot land between two runs, or
 * remove a chunk a running gate is about to load. Copied once nothing in it changed for 10 s.
 */
async function snapshotDist(): Promise<{ dir: string; builtAt: number }> {
  const deadline = Date.now() + 5 * 60_000;
  while (Date.now() < deadline) {
    const before = await distState();
    if (Date.now() - before.newest < 10_000) {
      await new Promise((r) => setTimeout(r, 5_000));
      continue;
    }
    const dir = await mkdtemp(join(tmpdir(), 'llm-gate-bench-scale-dist-'));
    await cp(DIST, join(dir, 'dist'), { recursive: true });
    if ((await distState()).key === before.key) return { dir, builtAt: before.newest };
    await rm(dir, { recursive: true, force: true });
  }
  throw new Error('dist/ kept changing for 5 minutes: no stable build to measure');
}

const snapshot = await snapshotDist();
process.on('exit', () => rmSync(snapshot.dir, { recursive: true, force: true }));
const CLI = join(snapshot.dir, 'dist', 'cli.js');

// ---------------------------------------------------------------- processes, with deadlines

/** The child's next message, or an error when it exits first or `ms` pass. */
async function message<T>(child: ChildProcess, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const [value] = (await Promise.race([
      once(child, 'message'),
      once(child, 'exit').then(([code]) => {
        throw new Error(`${what}: the child process exited with code ${code} before answering`);
      }),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
      }),
    ])) as [T];
    return value;
  } finally {
    clearTimeout(timer);
  }
}

interface Sim {
  url: string;
  served(): Promise<ServedSummary>;
}

/** A simulator child (benchmarkProfile for both models, `seed`, every latency × `latencyScale`) for the length of `body`. */
async function withSimulator<T>(seed: number, latencyScale: number, body: (sim: Sim) => Promise<T>): Promise<T> {
  const args = [String(seed), ...(latencyScale === 1 ? [] : [`--latency-scale=${latencyScale}`])];
  const simulator = fork(new URL('./simulator-child.js', import.meta.url), args, { stdio: 'inherit' });
  try {
    const ready = await message<SimulatorMessage>(simulator, 30_000, 'simulator start');
    if (ready.type !== 'ready') throw new Error('simulator did not start');
    const served = async (): Promise<ServedSummary> => {
      simulator.send({ type: 'served' } satisfies DriverMessage);
      const reply = await message<SimulatorMessage>(simulator, 60_000, 'simulator served');
      if (reply.type !== 'served') throw new Error('simulator did not report what it served');
      return reply.served;
    };
    const result = await body({ url: ready.url, served });
    simulator.send({ type: 'close' } satisfies DriverMessage);
    await Promise.race([once(simulator, 'exit'), new Promise((r) => setTimeout(r, 10_000))]);
    return result;
  } finally {
    if (simulator.exitCode === null) simulator.kill('SIGKILL');
  }
}

/**
 * Preloaded into every gate process: its CPU (all threads) and peak RSS at exit. Node runs
 * preloads in worker threads too (they inherit execArgv), so the main thread alone writes the
 * figures, after the gate's worker has ended. With BENCH_MEM_TRACE (--mem-trace DIR) every
 * thread also appends its memory (process RSS, its own heap, external) every 250 ms and at exit.
 */
const USAGE_HOOK = `
const { isMainThread, threadId } = require('node:worker_threads');
const fs = require('node:fs');
if (isMainThread) process.on('exit', () => fs.writeFileSync(process.env.BENCH_USAGE_OUT, JSON.stringify({ cpu: process.cpuUsage(), maxRssKb: process.resourceUsage().maxRSS })));
const trace = process.env.BENCH_MEM_TRACE;
if (trace) {
  const MB = 1024 * 1024;
  const sample = (tag) => {
    const m = process.memoryUsage();
    fs.appendFileSync(trace, JSON.stringify({ t: Date.now(), thread: threadId, tag, rssMb: Math.round(m.rss / MB), heapUsedMb: Math.round(m.heapUsed / MB), heapTotalMb: Math.round(m.heapTotal / MB), externalMb: Math.round(m.external / MB), arrayBuffersMb: Math.round(m.arrayBuffers / MB) }) + '\\n');
  };
  setInterval(() => sample('tick'), 250).unref();
  process.on('exit', () => sample('exit'));
}
`;

interface Timed {
  ms: number;
  code: number | null;
  stderr: string;
  cpuMs: number;
  /** Peak RSS, MB: the larger of the exit hook's maxRSS and the last VmHWM polled. */
  rssMb: number;
  hookRssMb: number;
  polledRssMb: number;
  startAt: number;
  exitAt: number;
}

async function vmHwmMb(pid: number): Promise<number> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const m = /^VmHWM:\s+(\d+) kB/m.exec(status);
    return m ? Number(m[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN; // gone (or a zombie without a memory map): the exit hook has the last word
  }
}

/** One gate process, spawn to exit, killed after `deadlineMs`. */
async function timed(args: string[], cwd: string, deadlineMs: number): Promise<Timed> {
  const hook = join(cwd, 'usage-hook.cjs');
  const out = join(cwd, `usage-${randomBytes(4).toString('hex')}.json`);
  await writeFile(hook, USAGE_HOOK);
  const start = performance.now();
  const child = spawn(process.execPath, [...gateFlags, '--require', hook, ...args], {
    cwd,
    env: {
      PATH: process.env.PATH,
      BENCH_KEY: 'bench',
      BENCH_USAGE_OUT: out,
      ...(memTraceDir ? { BENCH_MEM_TRACE: resolve(memTraceDir, `${String(++traces).padStart(2, '0')}-${args.slice(1, 3).join('-').replace(/[^\w.-]+/g, '_')}.jsonl`) } : {}),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-20_000);
  });
  let polled = 0;
  let polling = false;
  const poll = setInterval(() => {
    if (polling || child.pid === undefined) return;
    polling = true;
    void vmHwmMb(child.pid).then((mb) => {
      if (Number.isFinite(mb)) polled = Math.max(polled, mb);
      polling = false;
    });
  }, 100);
  let killed = false;
  const deadline = setTimeout(() => {
    killed = true;
    child.kill('SIGKILL');
  }, deadlineMs);
  const [code] = (await once(child, 'exit')) as [number | null];
  const ms = performance.now() - start;
  clearInterval(poll);
  clearTimeout(deadline);
  if (killed) throw new Error(`\`${args.join(' ')}\` did not finish within ${deadlineMs / 1000} s: killed. stderr: ${stderr.slice(-2000)}`);
  let cpuMs = Number.NaN;
  let hookRssMb = Number.NaN;
  try {
    const usage = JSON.parse(await readFile(out, 'utf8')) as { cpu: { user: number; system: number }; maxRssKb: number };
    cpuMs = (usage.cpu.user + usage.cpu.system) / 1000;
    hookRssMb = usage.maxRssKb / 1024;
    await rm(out, { force: true });
  } catch {
    // A process that died before its exit handler ran leaves only the polled figure.
  }
  const rssMb = Math.max(polled, Number.isFinite(hookRssMb) ? hookRssMb : 0);
  return { ms, code, stderr, cpuMs, rssMb, hookRssMb, polledRssMb: polled, startAt: performance.timeOrigin + start, exitAt: performance.timeOrigin + start + ms };
}

/** The last lines of a process's stderr, for a table cell. */
const oneLine = (text: string): string => text.trim().split('\n').slice(-3).join(' / ').replace(/\|/g, '\\|').slice(0, 600);

/** 0 pass, 1 fail, 4 inconclusive: a verdict was reached. 2 and 3 mean the run itself broke. */
function verdictReached(run: Timed, what: string): void {
  if (run.code === null || run.code === 2 || run.code === 3) throw new Error(`${what} exited ${run.code}: ${run.stderr.slice(-3000)}`);
}

// ---------------------------------------------------------------- projects

interface ProjectOptions {
  url: string;
  cases: number;
  concurrency: number;
  /** Extra run settings, YAML flow form: "sequential: false, cache: {...}". */
  run?: string;
  thresholds?: string;
  /** The expectation each case has: `contains` this word. */
  word: string;
}

async function writeCases(dir: string, count: number, word: string): Promise<void> {
  await mkdir(join(dir, 'evals'), { recursive: true });
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    lines.push(JSON.stringify({ id: `case-${i}`, vars: { n: i }, prompt: 'Answer the request numbered {{n}}', expect: [{ type: 'contains', value: word }] }));
  }
  await writeFile(join(dir, 'evals', 'bench.jsonl'), `${lines.join('\n')}\n`);
}

async function writeConfig(dir: string, p: ProjectOptions): Promise<void> {
  await writeFile(
    join(dir, 'llm-gate.yml'),
    [
      'evals: evals/*.jsonl',
      'models:',
      `  baseline: { model: ${BENCH_MODELS.baseline}, baseUrl: "${p.url}", apiKeyEnv: BENCH_KEY, price: { input: 1, output: 2 } }`,
      // The candidate answers the same prompts cut at 40 tokens: its quality and cost differ from the baseline's.
      `  candidate: { model: ${BENCH_MODELS.candidate}, params: { max_tokens: 40 }, price: { input: 1, output: 3 } }`,
      `run: { concurrency: ${p.concurrency}, retries: 0, timeout: 30s${p.run ? `, ${p.run}` : ''} }`,
      ...(p.thresholds ? [`thresholds: ${p.thresholds}`] : []),
    ].join('\n'),
  );
}

async function project(prefix: string, p: ProjectOptions): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `llm-gate-bench-scale-${prefix}-`));
  await writeCases(dir, p.cases, p.word);
  await writeConfig(dir, p);
  return dir;
}

async function cleanup(dir: string): Promise<void> {
  if (keep) console.log(`kept ${dir}`);
  else await rm(dir, { recursive: true, force: true });
}

type Json = Record<string, any>;
const readJson = async (file: string): Promise<Json> => JSON.parse(await readFile(file, 'utf8')) as Json;

// ---------------------------------------------------------------- output

const median = (xs: number[]): number => quantile(xs, 0.5);
const mark = (ok: boolean): string => (ok ? '✅' : '❌');
const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const mb = (x: number): string => `${x.toFixed(0)} MB`;
const n = (x: number): string => x.toLocaleString('en-US');
const load = (): string => loadavg().map((l) => l.toFixed(2)).join(' ');
const rows: string[] = [];
const notes: string[] = [];
let failed = false;
const row = (figure: string, value: string, floor: string, ok?: boolean): void => {
  if (ok === false) failed = true;
  rows.push(`| ${figure} | ${value} | ${floor}${ok === undefined ? '' : ` ${mark(ok)}`} |`);
};
const progress = (text: string): void => console.log(`[${new Date().toISOString().slice(11, 19)} load ${load()}] ${text}`);

console.log(`llm-gate scale benchmark — node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'})${quick ? ', --quick' : ''}${gateFlags.length ? `, gate flags ${gateFlags.join(' ')}` : ''}`);
console.log(`dist/ as built ${new Date(snapshot.builtAt).toISOString()} (newest file), run from a copy of it`);

// ---------------------------------------------------------------- 1. run: 62,000 calls

if (part('run')) {
  const { cases, concurrency } = SIZES.run;
  const repeats = Number(repeatFlag ?? 1);
  const runs: { wallMs: number; idealMs: number; calls: number; failures: number; rssMb: number; hookRssMb: number; polledRssMb: number; cpuMs: number; startMs: number; callsMs: number; endMs: number; loadBefore: string; loadAfter: string }[] = [];
  for (let r = 0; r < repeats; r++) {
    await withSimulator(r + 1, 1, async (sim) => {
      const dir = await project('run', { url: sim.url, cases, concurrency, word: 'summary', ...(sequentialDefault ? {} : { run: 'sequential: false' }) });
      try {
        const loadBefore = load();
        progress(`run ${r + 1}/${repeats}: ${n(cases * 2)} calls at concurrency ${concurrency}…`);
        const run = await timed([CLI, 'run', '--json', 'report.json', '--quiet'], dir, 15 * 60_000);
        verdictReached(run, 'the gate');
        const served = await sim.served();
        runs.push({
          wallMs: run.ms,
          idealMs: sum(served.latencies) / concurrency,
          calls: served.calls,
          failures: served.failures,
          rssMb: run.rssMb,
          hookRssMb: run.hookRssMb,
          polledRssMb: run.polledRssMb,
          cpuMs: run.cpuMs,
          startMs: (served.firstArrivalAt ?? Number.NaN) - run.startAt,
          callsMs: (served.lastEndAt ?? Number.NaN) - (served.firstArrivalAt ?? Number.NaN),
          endMs: run.exitAt - (served.lastEndAt ?? Number.NaN),
          loadBefore,
          loadAfter: load(),
        });
        progress(`done in ${s(run.ms)}, ${n(served.calls)} calls served, peak RSS ${mb(run.rssMb)}`);
      } finally {
        await cleanup(dir);
      }
    });
  }
  const ratio = median(runs.map((x) => x.wallMs / x.idealMs));
  const rss = median(runs.map((x) => x.rssMb));
  const calls = runs[0]!.calls;
  const what = `\`llm-gate run\`, ${n(calls)} calls at concurrency ${concurrency}${sequentialDefault ? ' (run.sequential default)' : ' (run.sequential: false)'}`;
  row(`${what}: wall / ideal`, `${s(median(runs.map((x) => x.wallMs)))} / ${s(median(runs.map((x) => x.idealMs)))} = ${ratio.toFixed(3)}`, `≤ ${LIMITS.overhead}`, ratio <= LIMITS.overhead);
  row(`${what}: peak RSS of the gate process`, `${mb(rss)} (exit hook ${mb(median(runs.map((x) => x.hookRssMb)))}, VmHWM polled ${mb(median(runs.map((x) => x.polledRssMb)))})`, `≤ ${LIMITS.runRssMb} MB`, rss <= LIMITS.runRssMb);
  row(
    'where it goes: spawn → first call · first call → last answer · last answer → exit',
    `${median(runs.map((x) => x.startMs)).toFixed(0)} ms · ${s(median(runs.map((x) => x.callsMs)))} · ${median(runs.map((x) => x.endMs)).toFixed(0)} ms`,
    '(information)',
  );
  row('gate process CPU per call (all threads)', `${median(runs.map((x) => x.cpuMs / x.calls)).toFixed(3)} ms`, '(information)');
  row('load average (1, 5, 15 min) before → after', runs.map((x) => `${x.loadBefore} → ${x.loadAfter}`).join('; '), '(information)');
  for (const x of runs) if (x.calls !== cases * 2 || x.failures > 0) notes.push(`run: the simulator served ${n(x.calls)} calls (${x.failures} not 200), expected ${n(cases * 2)}`);
}

// ---------------------------------------------------------------- 2. merge: 10 partials of 10,000 cases

/** Fields of a report's models that two runs of the same answers must agree on (all but the measured times). */
function modelFacts(report: Json): Json {
  const out: Json = {};
  for (const side of ['baseline', 'candidate']) {
    const { latencyMs: _latency, ttftMs: _ttft, ...rest } = report.models[side] as Json;
    out[side] = rest;
  }
  return out;
}

function differences(a: unknown, b: unknown, path: string, out: string[]): void {
  if (out.length >= 10) return;
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) differences((a as Json)[k], (b as Json)[k], `${path}.${k}`, out);
  } else if (a !== b) out.push(`${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
}

if (part('merge')) {
  const { cases, shards, concurrency, latencyScale } = SIZES.merge;
  const repeats = Number(repeatFlag ?? 3);
  // sequential: false throughout: the single run goes to the end as the shards do, and the merge then uses its statistics.
  const p = { cases, concurrency, word: 'summary', run: 'sequential: false', thresholds: '{ p95Latency: false }' } as const;
  const dir = await project('merge', { ...p, url: 'http://127.0.0.1:9/v1' });
  const loadStart = load();
  const t0 = performance.now();
  try {
    const shardRuns: Timed[] = [];
    const partialCases: number[] = [];
    let served = 0;
    for (let i = 1; i <= shards; i++) {
      // A fresh simulator per shard, same seed: every case is asked once over all shards, so the answers are the single run's.
      await withSimulator(7, latencyScale, async (sim) => {
        await writeConfig(dir, { ...p, url: sim.url });
        progress(`merge: shard ${i}/${shards} of ${n(cases)} cases…`);
        const run = await timed([CLI, 'run', '--shard', `${i}/${shards}`, '--json', `p${i}.json`, '--quiet'], dir, 15 * 60_000);
        verdictReached(run, `shard ${i}/${shards}`);
        const summary = await sim.served();
        served += summary.calls;
        if (summary.failures > 0) notes.push(`merge: shard ${i}: ${summary.failures} answers not 200`);
        if (!existsSync(join(dir, `p${i}.json`))) throw new Error(`shard ${i}/${shards} exited ${run.code} without writing p${i}.json: ${run.stderr.slice(-3000)}`);
        const partial = await readJson(join(dir, `p${i}.json`));
        partialCases.push((partial.cases as unknown[]).length);
        shardRuns.push(run);
      });
    }
    const shardWallMs = performance.now() - t0;
    progress(`shards done in ${s(shardWallMs)} (${n(served)} calls); merging…`);
    const partialFiles = Array.from({ length: shards }, (_, i) => `p${i + 1}.json`);
    const merges: Timed[] = [];
    const mergeLoad: string[] = [];
    let mergeFailure: Timed | undefined;
    for (let r = 0; r < repeats && !mergeFailure; r++) {
      const before = load();
      const run = await timed([CLI, 'merge', ...partialFiles, '--json', 'merged.json', '--quiet'], dir, 5 * 60_000);
      mergeLoad.push(`${before} → ${load()}`);
      if (run.code === null || run.code === 2 || run.code === 3) mergeFailure = run;
      else merges.push(run);
      progress(`merge ${r + 1}/${repeats}: exit ${run.code}, ${s(run.ms)}, peak RSS ${mb(run.rssMb)}`);
    }
    let partialBytes = 0;
    for (const f of partialFiles) partialBytes += (await readFile(join(dir, f))).byteLength;
    const what = `\`llm-gate merge\` of ${shards} partial reports (${n(Math.min(...partialCases))}–${n(Math.max(...partialCases))} cases each, ${n(cases)} in all, ${mb(partialBytes / MB)} of JSON)`;
    if (mergeFailure) {
      row(`${what}: wall`, `failed: exit ${mergeFailure.code} after ${s(mergeFailure.ms)}, peak RSS ${mb(mergeFailure.rssMb)}: ${oneLine(mergeFailure.stderr)}`, `≤ ${LIMITS.mergeMs / 1000} s`, false);
    } else {
      const wall = median(merges.map((m) => m.ms));
      const rss = median(merges.map((m) => m.rssMb));
      row(`${what}: wall`, `${s(wall)} (runs: ${merges.map((m) => s(m.ms)).join(', ')})`, `≤ ${LIMITS.mergeMs / 1000} s`, wall <= LIMITS.mergeMs);
      row('`llm-gate merge`: peak RSS', `${mb(rss)} (exit hook ${mb(median(merges.map((m) => m.hookRssMb)))}, VmHWM polled ${mb(median(merges.map((m) => m.polledRssMb)))})`, `≤ ${LIMITS.mergeRssMb} MB`, rss <= LIMITS.mergeRssMb);
      row('`llm-gate merge`: CPU (all threads)', s(median(merges.map((m) => m.cpuMs))), '(information)');
    }
    row('load average during the merges', mergeLoad.join('; '), '(information)');
    row(
      `making the partials: ${shards} × \`run --shard i/${shards}\` (${n(served)} calls, latency × ${latencyScale}, concurrency ${concurrency})`,
      `${s(shardWallMs)} in all; per shard ${s(median(shardRuns.map((r) => r.ms)))} median, peak RSS ${mb(Math.max(...shardRuns.map((r) => r.rssMb)))} max`,
      '(information)',
    );

    progress(`merge: one unsharded run of ${n(cases)} cases…`);
    const singleStart = load();
    const single = await withSimulator(7, latencyScale, async (sim) => {
      await writeConfig(dir, { ...p, url: sim.url });
      return timed([CLI, 'run', '--json', 'single.json', '--quiet'], dir, 20 * 60_000);
    });
    const singleLoad = `${singleStart} → ${load()}`;
    progress(`unsharded run: exit ${single.code} in ${s(single.ms)}, peak RSS ${mb(single.rssMb)}`);
    const singleBroke = single.code === null || single.code === 2 || single.code === 3;
    if (singleBroke || mergeFailure) {
      row(
        'merged report = unsharded run: models (all but latency), checks, verdict, case order',
        `not compared: ${mergeFailure ? 'the merge failed' : ''}${mergeFailure && singleBroke ? ' and ' : ''}${singleBroke ? `the unsharded run exited ${single.code}: ${oneLine(single.stderr)}` : ''}`,
        'equal',
        false,
      );
    } else {
      const merged = await readJson(join(dir, 'merged.json'));
      const one = await readJson(join(dir, 'single.json'));
      const diffs: string[] = [];
      differences(modelFacts(merged), modelFacts(one), 'models', diffs);
      differences(merged.checks, one.checks, 'checks', diffs);
      if (merged.verdict !== one.verdict) diffs.push(`verdict: ${merged.verdict} vs ${one.verdict}`);
      if (merges[0]!.code !== single.code) diffs.push(`exit code: ${merges[0]!.code} vs ${single.code}`);
      const sameCases = JSON.stringify((merged.cases as Json[]).map((c) => c.id)) === JSON.stringify((one.cases as Json[]).map((c) => c.id));
      if (!sameCases) diffs.push('cases: not the same ids in the same order');
      const quality = (r: Json, side: string): string => (r.models[side].quality as number).toFixed(2);
      row(
        'merged report = unsharded run: models (all but latency), checks, verdict, case order',
        diffs.length === 0
          ? `equal: verdict ${one.verdict}, quality ${quality(one, 'baseline')} / ${quality(one, 'candidate')}, cost $${(one.models.baseline.costUsd as number).toFixed(4)} / $${(one.models.candidate.costUsd as number).toFixed(4)}, ${n(one.totals.calls as number)} calls`
          : `differ: ${diffs.join('; ')}`,
        'equal',
        diffs.length === 0,
      );
    }
    row(`the unsharded run of ${n(cases)} cases (${n(cases * 2)} calls, run.sequential: false)`, `exit ${single.code}, ${s(single.ms)}, peak RSS ${mb(single.rssMb)}, load ${singleLoad}`, '(information)');
    row('load average when the merge part started', loadStart, '(information)');
  } finally {
    await cleanup(dir);
  }
}

// ---------------------------------------------------------------- 3. cache: 100,000 entries

async function cacheKeys(dir: string): Promise<string[]> {
  const keys: string[] = [];
  for (const sub of await readdir(dir)) {
    if (!/^[0-9a-f]{2}$/.test(sub)) continue;
    for (const f of await readdir(join(dir, sub))) if (/^[0-9a-f]{64}\.json$/.test(f)) keys.push(f.slice(0, 64));
  }
  return keys;
}

if (part('cache')) {
  const { cases, rerunCases, concurrency, latencyScale, lookups } = SIZES.cache;
  const repeats = Number(repeatFlag ?? 3);
  const cacheRun = 'sequential: false, cache: { dir: cache, reuse: all }';
  await withSimulator(11, latencyScale, async (sim) => {
    const p = { url: sim.url, cases, concurrency, word: 'summary', run: cacheRun } as const;
    const dir = await project('cache', p);
    try {
      const fillLoad = load();
      progress(`cache: filling with a run of ${n(cases)} cases × 2 models…`);
      const fill = await timed([CLI, 'run', '--json', 'fill.json', '--quiet'], dir, 20 * 60_000);
      verdictReached(fill, 'the cache-filling run');
      const keys = await cacheKeys(join(dir, 'cache'));
      progress(`filled in ${s(fill.ms)}: ${n(keys.length)} entries`);
      row(`filling the cache: a run of ${n(cases * 2)} calls (latency × ${latencyScale}, concurrency ${concurrency}, cache on)`, `${s(fill.ms)}, ${n(keys.length)} entries, peak RSS ${mb(fill.rssMb)}, load ${fillLoad} → ${load()}`, '(information)');
      if (keys.length !== cases * 2) notes.push(`cache: ${n(keys.length)} entries, expected ${n(cases * 2)}`);

      // (a) store.get in this process, the store the gate uses: hits (random entries) and misses (random keys), one at a time.
      const store = createFileStore(join(dir, 'cache'));
      const pick = Array.from({ length: lookups }, () => keys[Math.floor(Math.random() * keys.length)]!);
      const absent = Array.from({ length: lookups }, () => randomBytes(32).toString('hex'));
      for (const k of pick.slice(0, 500)) await store.get(k); // JIT warm-up
      const lookupLoad = load();
      const timeGets = async (list: string[], want: 'hit' | 'miss'): Promise<{ meanMs: number; p99Ms: number }> => {
        const each: number[] = [];
        const t = performance.now();
        for (const k of list) {
          const t1 = performance.now();
          const found = await store.get(k);
          each.push(performance.now() - t1);
          if (found.status !== want) throw new Error(`store.get(${k}) is a ${found.status}, expected a ${want}`);
        }
        return { meanMs: (performance.now() - t) / list.length, p99Ms: quantile(each, 0.99) };
      };
      const hits = await timeGets(pick, 'hit');
      const misses = await timeGets(absent, 'miss');
      // 32 in flight, as the run's calls ask: throughput per lookup.
      const t = performance.now();
      for (let i = 0; i < pick.length; i += 32) await Promise.all(pick.slice(i, i + 32).map((k) => store.get(k)));
      const parallelMs = (performance.now() - t) / pick.length;
      row(
        `\`store.get\` on the ${n(keys.length)}-entry cache, in-process, one at a time: ${n(lookups)} hits · ${n(lookups)} misses (mean, p99)`,
        `${hits.meanMs.toFixed(3)} ms (p99 ${hits.p99Ms.toFixed(3)}) · ${misses.meanMs.toFixed(3)} ms (p99 ${misses.p99Ms.toFixed(3)}) per lookup`,
        `≤ ${LIMITS.lookupMs} ms`,
        hits.meanMs <= LIMITS.lookupMs && misses.meanMs <= LIMITS.lookupMs,
      );
      row('`store.get` hits, 32 in flight: wall per lookup', `${parallelMs.toFixed(3)} ms, load ${lookupLoad}`, '(information)');

      // (b) the rerun: 6,200 of the same cases, same endpoint, reuse: all.
      await writeCases(dir, rerunCases, p.word);
      const reruns: Timed[] = [];
      const rerunLoad: string[] = [];
      let sent = 0;
      let reused = -1;
      for (let r = 0; r < repeats; r++) {
        const before = (await sim.served()).calls;
        const loadBefore = load();
        const run = await timed([CLI, 'run', '--json', 'rerun.json', '--quiet'], dir, 5 * 60_000);
        verdictReached(run, 'the cached rerun');
        sent += (await sim.served()).calls - before;
        rerunLoad.push(`${loadBefore} → ${load()}`);
        reruns.push(run);
        const report = await readJson(join(dir, 'rerun.json'));
        reused = ((report.models.baseline.reused as number | undefined) ?? 0) + ((report.models.candidate.reused as number | undefined) ?? 0);
        progress(`cached rerun ${r + 1}/${repeats}: ${s(run.ms)}, ${n(reused)} calls reused, peak RSS ${mb(run.rssMb)}`);
      }
      const wall = median(reruns.map((x) => x.ms));
      row(
        `cached rerun, \`llm-gate run\` on ${n(rerunCases)} cases (${n(rerunCases * 2)} calls, reuse: all): wall`,
        `${s(wall)} (runs: ${reruns.map((x) => s(x.ms)).join(', ')}), ${n(reused)} calls reused, peak RSS ${mb(median(reruns.map((x) => x.rssMb)))}`,
        `≤ ${LIMITS.rerunMs / 1000} s`,
        wall <= LIMITS.rerunMs,
      );
      row('cached rerun: answer requests the simulator served', `${sent} over ${repeats} runs`, '0', sent === 0);
      row('load average during the reruns', rerunLoad.join('; '), '(information)');
      if (reused !== rerunCases * 2) notes.push(`cache: the rerun reused ${n(reused)} calls, expected ${n(rerunCases * 2)}`);
    } finally {
      await cleanup(dir);
    }
  });
}

console.log('');
console.log('| figure | value | floor |');
console.log('|---|---:|---|');
for (const r of rows) console.log(r);
for (const note of notes) console.log(`note: ${note}`);
if (notes.length > 0) failed = true;
console.log(failed ? 'FAIL: at least one figure misses its floor.' : 'PASS: every figure holds.');
process.exitCode = failed ? 1 : 0;

// Validation of the gate's statistics: many simulated gate runs per scenario, each through
// the real decision code (compare → checks → verdict), from the in-process simulation in
// stats-sim.ts (scores drawn per call: 0/1, graded 0/0.5/1 or continuous; four latency
// models). Prints, per scenario, how often the gate failed, passed and was inconclusive, how
// often the check the row is about failed and passed, each with its simulation standard
// error √(p(1−p)/runs), and the mean share of the set's calls each run paid for (below 100%
// only in the rows run with sequential stopping), and checks the targets; exits 1 if one is
// missed.
//
//   npm run bench:stats            (= npx tsc -p tsconfig.bench.json && node build-bench/bench/stats-validation.js)
// Flags: --quick (200 runs per row, for iteration; the published figures come from the full
// run), --runs N (A/A rows; power floors get 4×, other rows half), --workers N (default: CPU count, max 4),
// --only TEXT (rows whose name contains TEXT).

import { cpus } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { CheckMetric } from '../src/types.js';
import { SIM_BASE, simulateCompare, simulateSequential, type LatencyModel, type ScoreModel, type SimModel, type SimScenario } from './stats-sim.js';

type Target = { what: 'gate fail' | 'check fail' | 'check pass' | 'seed flips' | 'calls spent'; atMost?: number; atLeast?: number };

interface Row {
  name: string;
  scenario: SimScenario;
  /** The check the row is about (its fail and pass rates are shown). */
  check?: CheckMetric;
  targets: Target[];
  /** A/A rows get the full run count; others half. */
  aa?: boolean;
  /** Also compare each run under a second sign-flip seed and count verdicts that differ. */
  seedFlips?: boolean;
  /** Run with sequential stopping (the gate's default), looking at the planned points. */
  sequential?: boolean;
}

const N_LIST = [10, 20, 30, 50, 100, 200, 400, 1000];
const AA_GATE = 0.01;
const AT_THRESHOLD = 0.05;

const scaled = (m: SimModel, over: Partial<SimModel>): SimModel => ({ ...m, ...over });

/** Sets this size or larger get interim looks (lookPoints): the sequential rows start here. */
const SEQUENTIAL_N = N_LIST.filter((n) => n >= 50);

function rows(): Row[] {
  const out: Row[] = [];
  const aa = (name: string, scenario: SimScenario, extra: Partial<Row> = {}) =>
    out.push({ name, scenario, aa: true, targets: [{ what: 'gate fail', atMost: AA_GATE }], ...extra });
  for (const n of N_LIST) {
    for (const scores of ['binary', 'graded', 'continuous'] as ScoreModel[]) {
      aa(`A/A ${scores}, case latency, ${n} cases`, { cases: n, scores, latency: 'case', baseline: SIM_BASE, candidate: SIM_BASE }, { check: 'quality' });
    }
    for (const latency of ['jitter', 'independent', 'heavy'] as LatencyModel[]) {
      aa(`A/A binary, ${latency} latency, ${n} cases`, { cases: n, latency, baseline: SIM_BASE, candidate: SIM_BASE }, { check: 'p95Latency' });
    }
  }
  for (const latency of ['case', 'jitter', 'independent', 'heavy'] as LatencyModel[]) {
    aa(`A/A binary, ${latency} latency, 200 cases × 3 repeats`, { cases: 200, repeats: 3, latency, baseline: SIM_BASE, candidate: SIM_BASE }, { check: 'p95Latency' });
  }
  out.push({
    name: 'A/A binary, 200 cases, second seed',
    scenario: { cases: 200, baseline: SIM_BASE, candidate: SIM_BASE },
    aa: true,
    seedFlips: true,
    targets: [{ what: 'seed flips', atMost: 0.002 }],
  });
  out.push({
    name: 'A/A continuous, 200 cases, second seed',
    scenario: { cases: 200, scores: 'continuous', baseline: SIM_BASE, candidate: SIM_BASE },
    aa: true,
    seedFlips: true,
    targets: [{ what: 'seed flips', atMost: 0.002 }],
  });

  // At the threshold: the check the row is about fails at most 5% (nominal 2.5%).
  const atT = (name: string, check: CheckMetric, scenario: SimScenario) =>
    out.push({ name, check, scenario, targets: [{ what: 'check fail', atMost: AT_THRESHOLD }, { what: 'check pass', atMost: AT_THRESHOLD }] });
  for (const n of [30, 100, 400, 1000]) {
    for (const scores of ['binary', 'graded', 'continuous'] as ScoreModel[]) {
      atT(`quality −2 pts (at the threshold), ${scores}, ${n} cases`, 'quality', {
        cases: n,
        scores,
        baseline: SIM_BASE,
        candidate: scaled(SIM_BASE, { quality: SIM_BASE.quality - 0.02 / (1 - SIM_BASE.timeoutRate) }),
      });
    }
  }
  for (const n of [100, 400, 1000]) {
    for (const latency of ['case', 'jitter', 'independent', 'heavy'] as LatencyModel[]) {
      atT(`p95 +20% (at the threshold), ${latency}, ${n} cases`, 'p95Latency', {
        cases: n,
        latency,
        baseline: SIM_BASE,
        candidate: scaled(SIM_BASE, { medianMs: SIM_BASE.medianMs * 1.2 }),
      });
    }
    atT(`p95 +20% (at the threshold), jitter, ${n} cases × 3 repeats`, 'p95Latency', {
      cases: n,
      repeats: 3,
      latency: 'jitter',
      baseline: SIM_BASE,
      candidate: scaled(SIM_BASE, { medianMs: SIM_BASE.medianMs * 1.2 }),
    });
    atT(`error rate +2 pp (at the threshold), ${n} cases`, 'errorRate', {
      cases: n,
      baseline: scaled(SIM_BASE, { timeoutRate: 0.01 }),
      candidate: scaled(SIM_BASE, { timeoutRate: 0.03 }),
    });
    atT(`quality per dollar −10% (at the threshold), ${n} cases`, 'qualityPerDollar', {
      cases: n,
      baseline: SIM_BASE,
      candidate: scaled(SIM_BASE, { priceScale: 1 / 0.9 }),
    });
  }

  // Power.
  const power = (name: string, check: CheckMetric, scenario: SimScenario, atLeast?: number) =>
    out.push({ name, check, scenario, targets: atLeast === undefined ? [] : [{ what: 'check fail', atLeast }] });
  power('quality −10 pts, binary, 200 cases', 'quality', { cases: 200, baseline: SIM_BASE, candidate: scaled(SIM_BASE, { quality: 0.7 }) }, 0.9);
  power('quality −10 pts, graded, 200 cases', 'quality', { cases: 200, scores: 'graded', baseline: SIM_BASE, candidate: scaled(SIM_BASE, { quality: 0.7 }) });
  power('quality −10 pts, continuous, 200 cases', 'quality', { cases: 200, scores: 'continuous', baseline: SIM_BASE, candidate: scaled(SIM_BASE, { quality: 0.7 }) });
  power('quality −15 pts, binary, 150 cases', 'quality', { cases: 150, baseline: SIM_BASE, candidate: scaled(SIM_BASE, { quality: 0.65 }) });
  power('quality −5 pts, binary, 1000 cases', 'quality', { cases: 1000, baseline: SIM_BASE, candidate: scaled(SIM_BASE, { quality: 0.75 }) });
  power('cost 2×, same quality, 200 cases', 'qualityPerDollar', { cases: 200, baseline: SIM_BASE, candidate: scaled(SIM_BASE, { priceScale: 2 }) }, 0.99);
  power(
    'p95 +50%, jitter, 200 cases × 3 repeats',
    'p95Latency',
    { cases: 200, repeats: 3, latency: 'jitter', baseline: SIM_BASE, candidate: scaled(SIM_BASE, { medianMs: 75 }) },
    0.8,
  );
  for (const latency of ['case', 'jitter', 'independent', 'heavy'] as LatencyModel[]) {
    power(`p95 +50%, ${latency}, 200 cases`, 'p95Latency', { cases: 200, latency, baseline: SIM_BASE, candidate: scaled(SIM_BASE, { medianMs: 75 }) });
    power(`p95 +30%, ${latency}, 200 cases`, 'p95Latency', { cases: 200, latency, baseline: SIM_BASE, candidate: scaled(SIM_BASE, { medianMs: 65 }) });
  }
  power('p95 +30%, jitter, 200 cases × 3 repeats', 'p95Latency', { cases: 200, repeats: 3, latency: 'jitter', baseline: SIM_BASE, candidate: scaled(SIM_BASE, { medianMs: 65 }) });
  power('error rate +5 pp, 200 cases', 'errorRate', { cases: 200, baseline: SIM_BASE, candidate: scaled(SIM_BASE, { timeoutRate: 0.053 }) });

  // The same targets with sequential stopping on (the default), and what it saves.
  const seq = (row: Row) => out.push({ ...row, name: `${row.name}, sequential`, sequential: true });
  for (const n of SEQUENTIAL_N) {
    for (const scores of ['binary', 'graded', 'continuous'] as ScoreModel[]) {
      seq({ name: `A/A ${scores}, case latency, ${n} cases`, scenario: { cases: n, scores, latency: 'case', baseline: SIM_BASE, candidate: SIM_BASE }, aa: true, check: 'quality', targets: [{ what: 'gate fail', atMost: AA_GATE }] });
    }
    for (const latency of ['jitter', 'independent', 'heavy'] as LatencyModel[]) {
      seq({ name: `A/A binary, ${latency} latency, ${n} cases`, scenario: { cases: n, latency, baseline: SIM_BASE, candidate: SIM_BASE }, aa: true, check: 'p95Latency', targets: [{ what: 'gate fail', atMost: AA_GATE }] });
    }
  }
  for (const latency of ['case', 'jitter', 'independent', 'heavy'] as LatencyModel[]) {
    seq({ name: `A/A binary, ${latency} latency, 200 cases × 3 repeats`, scenario: { cases: 200, repeats: 3, latency, baseline: SIM_BASE, candidate: SIM_BASE }, aa: true, check: 'p95Latency', targets: [{ what: 'gate fail', atMost: AA_GATE }] });
  }
  const atThreshold: Target[] = [{ what: 'check fail', atMost: AT_THRESHOLD }, { what: 'check pass', atMost: AT_THRESHOLD }];
  for (const n of [100, 400, 1000]) {
    for (const scores of ['binary', 'graded', 'continuous'] as ScoreModel[]) {
      seq({
        name: `quality −2 pts (at the threshold), ${scores}, ${n} cases`,
        check: 'quality',
        scenario: { cases: n, scores, baseline: SIM_BASE, candidate: scaled(SIM_BASE, { quality: SIM_BASE.quality - 0.02 / (1 - SIM_BASE.timeoutRate) }) },
        targets: atThreshold,
      });
    }
    for (const latency of ['case', 'jitter', 'independent', 'heavy'] as LatencyModel[]) {
      seq({ name: `p95 +20% (at the threshold), ${latency}, ${n} cases`, check: 'p95Latency', scenario: { cases: n, latency, baseline: SIM_BASE, candidate: scaled(SIM_BASE, { medianMs: SIM_BASE.medianMs * 1.2 }) }, targets: atThreshold });
    }
    seq({ name: `error rate +2 pp (at the threshold), ${n} cases`, check: 'errorRate', scenario: { cases: n, baseline: scaled(SIM_BASE, { timeoutRate: 0.01 }), candidate: scaled(SIM_BASE, { timeoutRate: 0.03 }) }, targets: atThreshold });
    seq({ name: `quality per dollar −10% (at the threshold), ${n} cases`, check: 'qualityPerDollar', scenario: { cases: n, baseline: SIM_BASE, candidate: scaled(SIM_BASE, { priceScale: 1 / 0.9 }) }, targets: atThreshold });
  }
  const floor = (atLeast: number): Target[] => [{ what: 'check fail', atLeast }];
  seq({ name: 'quality −10 pts, binary, 200 cases', check: 'quality', scenario: { cases: 200, baseline: SIM_BASE, candidate: scaled(SIM_BASE, { quality: 0.7 }) }, targets: floor(0.9) });
  seq({ name: 'quality −10 pts, graded, 200 cases', check: 'quality', scenario: { cases: 200, scores: 'graded', baseline: SIM_BASE, candidate: scaled(SIM_BASE, { quality: 0.7 }) }, targets: [] });
  seq({ name: 'quality −15 pts, binary, 150 cases', check: 'quality', scenario: { cases: 150, baseline: SIM_BASE, candidate: scaled(SIM_BASE, { quality: 0.65 }) }, targets: [] });
  seq({ name: 'quality −5 pts, binary, 1000 cases', check: 'quality', scenario: { cases: 1000, baseline: SIM_BASE, candidate: scaled(SIM_BASE, { quality: 0.75 }) }, targets: [] });
  seq({ name: 'cost 2×, same quality, 200 cases', check: 'qualityPerDollar', scenario: { cases: 200, baseline: SIM_BASE, candidate: scaled(SIM_BASE, { priceScale: 2 }) }, targets: floor(0.99) });
  seq({
    name: 'p95 +50%, jitter, 200 cases × 3 repeats',
    check: 'p95Latency',
    scenario: { cases: 200, repeats: 3, latency: 'jitter', baseline: SIM_BASE, candidate: scaled(SIM_BASE, { medianMs: 75 }) },
    targets: floor(0.8),
  });
  seq({ name: 'p95 +50%, case, 200 cases', check: 'p95Latency', scenario: { cases: 200, baseline: SIM_BASE, candidate: scaled(SIM_BASE, { medianMs: 75 }) }, targets: [] });
  seq({ name: 'error rate +5 pp, 200 cases', check: 'errorRate', scenario: { cases: 200, baseline: SIM_BASE, candidate: scaled(SIM_BASE, { timeoutRate: 0.053 }) }, targets: [] });
  // The demo's story: a candidate at 2.7× the price for +3 quality points, on 400 cases.
  seq({
    name: 'cost 2.7× for +3 pts (the demo story), 400 cases',
    check: 'qualityPerDollar',
    scenario: { cases: 400, baseline: SIM_BASE, candidate: scaled(SIM_BASE, { priceScale: 2.7, quality: SIM_BASE.quality + 0.03 / (1 - SIM_BASE.timeoutRate) }) },
    targets: [{ what: 'check fail', atLeast: 0.99 }, { what: 'calls spent', atMost: 0.25 }],
  });
  seq({
    name: 'cost 2.7× for +3 pts (the demo story), 1000 cases',
    check: 'qualityPerDollar',
    scenario: { cases: 1000, baseline: SIM_BASE, candidate: scaled(SIM_BASE, { priceScale: 2.7, quality: SIM_BASE.quality + 0.03 / (1 - SIM_BASE.timeoutRate) }) },
    targets: [],
  });
  seq({ name: 'a better, cheaper candidate (+5 pts at 0.5× the price), 400 cases', check: 'quality', scenario: { cases: 400, scores: 'continuous', baseline: SIM_BASE, candidate: scaled(SIM_BASE, { priceScale: 0.5, quality: 0.85 }) }, targets: [] });
  return out;
}

const ROWS = rows();

interface RunSummary {
  verdict: string;
  checkFail: boolean;
  checkPass: boolean;
  flipped: boolean;
  /** Share of the set's cases the run paid for (1 without sequential stopping). */
  spent: number;
}

interface Job {
  row: number;
  seeds: number[];
}

function runJob(job: Job): RunSummary[] {
  const row = ROWS[job.row] as Row;
  return job.seeds.map((seed) => {
    const run = row.sequential ? simulateSequential(row.scenario, seed) : { comparison: simulateCompare(row.scenario, seed), casesUsed: row.scenario.cases };
    const cmp = run.comparison;
    const check = row.check === undefined ? undefined : cmp.checks.find((c) => c.metric === row.check);
    let flipped = false;
    if (row.seedFlips) flipped = simulateCompare(row.scenario, seed, { compareSeed: seed ^ 0x1234567 }).verdict !== cmp.verdict;
    return { verdict: cmp.verdict, checkFail: check?.status === 'fail', checkPass: check?.status === 'pass', flipped, spent: run.casesUsed / row.scenario.cases };
  });
}

function flag(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function inWorker(job: Job): Promise<RunSummary[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: job });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

const pct = (p: number) => `${(100 * p).toFixed(1)}%`;
const se = (p: number, n: number) => Math.sqrt((p * (1 - p)) / n);
const cell = (p: number, n: number) => `${(100 * p).toFixed(p < 0.1 ? 2 : 1)}% ± ${(100 * se(p, n)).toFixed(p < 0.1 ? 2 : 1)}`;

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const runs = Number(flag('--runs') ?? (quick ? 200 : 2000));
  const workers = Math.max(1, Number(flag('--workers') ?? Math.min(4, cpus().length)));
  const only = flag('--only');
  const started = performance.now();
  const lines = [
    `Statistics validation: ${runs} simulated gate runs per A/A row, ${4 * runs} per power floor, ${Math.round(runs / 2)} per other row, ${workers} worker(s)${quick ? ' (--quick)' : ''}`,
    '',
    '| scenario | gate fail | inconclusive | gate pass | check | check fail | check pass | calls spent | targets |',
    '|:--|--:|--:|--:|:--|--:|--:|--:|:--|',
  ];
  const misses: string[] = [];
  for (const [index, row] of ROWS.entries()) {
    if (only !== undefined && !row.name.includes(only)) continue;
    // Power floors get four times the A/A count: the quality floor sits a point under the
    // measured rate, where 1,000 runs leave a Monte Carlo error of 0.7 points.
    const floorRow = row.targets.some((t) => t.atLeast !== undefined && t.what === 'check fail');
    const count = floorRow ? 4 * runs : row.aa ? runs : Math.round(runs / 2);
    const seeds = Array.from({ length: count }, (_, i) => (index + 1) * 1_000_003 + i * 7919);
    // Each worker takes a contiguous share (rows are small enough to spread over all of them).
    const jobs = Array.from({ length: workers }, (_, w) => ({ row: index, seeds: seeds.filter((_, i) => i % workers === w) }));
    const results = (await Promise.all(jobs.map(inWorker))).flat();
    const n = results.length;
    const share = (f: (r: RunSummary) => boolean) => results.filter(f).length / n;
    const observed: Record<Target['what'], number> = {
      'gate fail': share((r) => r.verdict === 'fail'),
      'check fail': share((r) => r.checkFail),
      'check pass': share((r) => r.checkPass),
      'seed flips': share((r) => r.flipped),
      'calls spent': results.reduce((sum, r) => sum + r.spent, 0) / n,
    };
    const words = row.targets.map((t) => `${t.what} ${t.atMost !== undefined ? `≤ ${pct(t.atMost)}` : `≥ ${pct(t.atLeast ?? 0)}`}`);
    for (const t of row.targets) {
      const v = observed[t.what];
      if ((t.atMost !== undefined && v > t.atMost) || (t.atLeast !== undefined && v < t.atLeast)) misses.push(`${row.name}: ${t.what} ${pct(v)}`);
    }
    const extra = row.seedFlips ? `; verdicts changed by a second seed: ${cell(observed['seed flips'], n)}` : '';
    lines.push(
      `| ${row.name} | ${cell(observed['gate fail'], n)} | ${cell(share((r) => r.verdict === 'inconclusive'), n)} | ${cell(share((r) => r.verdict === 'pass'), n)} | ` +
        `${row.check ?? ''} | ${row.check ? cell(observed['check fail'], n) : ''} | ${row.check ? cell(observed['check pass'], n) : ''} | ${pct(observed['calls spent'])} | ${words.join(', ') || '(information)'}${extra} |`,
    );
    console.error(`${row.name}: done (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  lines.push('', `Wall time ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  lines.push(misses.length === 0 ? 'Every target met.' : `Targets missed:\n${misses.map((m) => `- ${m}`).join('\n')}`);
  console.log(lines.join('\n'));
  process.exitCode = misses.length === 0 ? 0 : 1;
}

// Last, so every constant above is initialised before main() runs.
if (!isMainThread) {
  parentPort?.postMessage(runJob(workerData as Job));
} else {
  await main();
}

// Validation of the gate's statistics (issue 5): many simulated gate runs per scenario,
// each through the real pipeline (gradeCases → compare → verdict), from the in-process
// model source in stats-sim.ts. Prints, per scenario, how often the gate failed, passed
// and was inconclusive, and how often each 95% interval contained the true change,
// each with its simulation standard error √(p(1−p)/runs); then checks them against the
// issue's targets and exits 1 if one is missed.
//
//   npx tsc -p tsconfig.bench.json && node build-bench/bench/stats-validation.js
// Flags: --runs N (default 1000 per scenario), --workers N (default: CPU count, max 4),
// --resamples B, --fail-alpha A (to explore the fail level), --only NAME.

import { cpus } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { CheckMetric } from '../src/types.js';
import { SIM_BASE, simulateGate, trueChanges, type SimScenario } from './stats-sim.js';

interface Row {
  name: string;
  scenario: SimScenario;
  /** Which rate is the target, and its bound; none for rows shown for information. */
  target?: { rate: 'fail'; atMost?: number; atLeast?: number };
}

const ROWS: Row[] = [
  { name: 'A/A, 50 cases', scenario: { cases: 50, baseline: SIM_BASE, candidate: SIM_BASE }, target: { rate: 'fail', atMost: 0.02 } },
  { name: 'A/A, 100 cases', scenario: { cases: 100, baseline: SIM_BASE, candidate: SIM_BASE }, target: { rate: 'fail', atMost: 0.02 } },
  { name: 'A/A, 400 cases', scenario: { cases: 400, baseline: SIM_BASE, candidate: SIM_BASE }, target: { rate: 'fail', atMost: 0.02 } },
  {
    name: 'quality −10 pts, 200 cases',
    scenario: { cases: 200, baseline: SIM_BASE, candidate: { ...SIM_BASE, quality: SIM_BASE.quality - 0.1 } },
    target: { rate: 'fail', atLeast: 0.9 },
  },
  {
    name: 'p95 latency +30%, 200 cases',
    scenario: { cases: 200, baseline: SIM_BASE, candidate: { ...SIM_BASE, medianMs: SIM_BASE.medianMs * 1.3 } },
    target: { rate: 'fail', atLeast: 0.9 },
  },
  {
    name: 'cost 2×, same quality, 200 cases',
    scenario: { cases: 200, baseline: SIM_BASE, candidate: { ...SIM_BASE, priceScale: 2 } },
    target: { rate: 'fail', atLeast: 0.95 },
  },
  // For information: how the p95 row depends on how much of a call's latency is its case's.
  {
    name: 'p95 +30%, 200 cases, jitter 0.2',
    scenario: { cases: 200, baseline: { ...SIM_BASE, jitter: 0.2 }, candidate: { ...SIM_BASE, jitter: 0.2, medianMs: SIM_BASE.medianMs * 1.3 } },
  },
  {
    name: 'p95 +30%, 200 cases × 3 repeats, jitter 0.2',
    scenario: {
      cases: 200,
      repeats: 3,
      baseline: { ...SIM_BASE, jitter: 0.2 },
      candidate: { ...SIM_BASE, jitter: 0.2, medianMs: SIM_BASE.medianMs * 1.3 },
    },
  },
];

const METRICS: CheckMetric[] = ['quality', 'qualityPerDollar', 'p95Latency', 'errorRate'];
const COVERAGE = { atLeast: 0.93, atMost: 0.97 };

interface RunSummary {
  verdict: string;
  failed: CheckMetric[];
  /** Per metric: 1 when the 95% interval contains the true change. */
  covered: Record<CheckMetric, number>;
}

interface Job {
  row: number;
  seeds: number[];
  resamples?: number;
  failAlpha?: number;
}

async function runJob(job: Job): Promise<RunSummary[]> {
  const row = ROWS[job.row] as Row;
  const truth = trueChanges(row.scenario);
  const out: RunSummary[] = [];
  for (const seed of job.seeds) {
    const cmp = await simulateGate(row.scenario, seed, {
      ...(job.resamples === undefined ? {} : { resamples: job.resamples }),
      ...(job.failAlpha === undefined ? {} : { failAlpha: job.failAlpha }),
    });
    const covered = {} as Record<CheckMetric, number>;
    for (const m of METRICS) {
      const check = cmp.checks.find((c) => c.metric === m);
      const [lo, hi] = check?.interval ?? [Number.NaN, Number.NaN];
      covered[m] = lo <= truth[m] + 1e-12 && truth[m] - 1e-12 <= hi ? 1 : 0;
    }
    out.push({ verdict: cmp.verdict, failed: cmp.checks.filter((c) => c.status === 'fail').map((c) => c.metric), covered });
  }
  return out;
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
const cell = (p: number, n: number) => `${pct(p)} ± ${(100 * se(p, n)).toFixed(1)}`;

async function main(): Promise<void> {
  const runs = Number(flag('--runs') ?? 1000);
  const workers = Math.max(1, Number(flag('--workers') ?? Math.min(4, cpus().length)));
  const resamples = flag('--resamples') === undefined ? undefined : Number(flag('--resamples'));
  const failAlpha = flag('--fail-alpha') === undefined ? undefined : Number(flag('--fail-alpha'));
  const only = flag('--only');
  const started = performance.now();
  const lines = [
    `Statistics validation: ${runs} simulated gate runs per scenario, ${workers} worker(s)` +
      `${resamples === undefined ? '' : `, B = ${resamples}`}${failAlpha === undefined ? '' : `, failAlpha = ${failAlpha}`}`,
    '',
    '| scenario | fail | inconclusive | pass | target | cover quality | cover q/$ | cover p95 | cover err |',
    '|:--|--:|--:|--:|:--|--:|--:|--:|--:|',
  ];
  const misses: string[] = [];
  const failsByCheck: string[] = [];
  for (const [index, row] of ROWS.entries()) {
    if (only !== undefined && !row.name.includes(only)) continue;
    // Seeds differ per scenario and per run; worker w takes every workers-th run.
    const seeds = Array.from({ length: runs }, (_, i) => (index + 1) * 1_000_003 + i * 7919);
    const jobs = Array.from({ length: workers }, (_, w) => ({
      row: index,
      seeds: seeds.filter((_, i) => i % workers === w),
      ...(resamples === undefined ? {} : { resamples }),
      ...(failAlpha === undefined ? {} : { failAlpha }),
    }));
    const results = (await Promise.all(jobs.map(inWorker))).flat();
    const n = results.length;
    const rate = (v: string) => results.filter((r) => r.verdict === v).length / n;
    const fail = rate('fail');
    const coverage = (m: CheckMetric) => results.reduce((s, r) => s + r.covered[m], 0) / n;
    const t = row.target;
    const target = !t ? '(information)' : t.atMost !== undefined ? `fail ≤ ${pct(t.atMost)}` : `fail ≥ ${pct(t.atLeast ?? 0)}`;
    if (t && ((t.atMost !== undefined && fail > t.atMost) || (t.atLeast !== undefined && fail < t.atLeast))) {
      misses.push(`${row.name}: fail ${pct(fail)} (${target})`);
    }
    const covQuality = coverage('quality');
    if (t && (covQuality < COVERAGE.atLeast || covQuality > COVERAGE.atMost)) misses.push(`${row.name}: quality coverage ${pct(covQuality)}`);
    lines.push(
      `| ${row.name} | ${cell(fail, n)} | ${cell(rate('inconclusive'), n)} | ${cell(rate('pass'), n)} | ${target} | ` +
        `${METRICS.map((m) => cell(coverage(m), n)).join(' | ')} |`,
    );
    const byCheck = METRICS.map((m) => `${m} ${pct(results.filter((r) => r.failed.includes(m)).length / n)}`);
    failsByCheck.push(`- ${row.name}: checks failed: ${byCheck.join(', ')}`);
    console.error(`${row.name}: done (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  lines.push('', ...failsByCheck, '', `Wall time ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  lines.push(misses.length === 0 ? 'Every target met.' : `Targets missed:\n${misses.map((m) => `- ${m}`).join('\n')}`);
  console.log(lines.join('\n'));
  process.exitCode = misses.length === 0 ? 0 : 1;
}

// Last, so every constant above is initialised before main() runs.
if (!isMainThread) {
  const job = workerData as Job;
  void runJob(job).then((result) => parentPort?.postMessage(result));
} else {
  await main();
}

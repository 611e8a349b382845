// Fault-injection benchmark (issue 4): a 1,000-call gate run (500 cases × 2 models)
// against the simulator with 10% 429 (Retry-After 50 ms), 5% 500, 2% connection resets
// and 1% stalls past a 2 s timeout, next to the same run without faults. Targets, per
// faulty run:
//   1. every case accounted for: a record for every planned call;
//   2. total attempts (counted by the simulator) ≤ 1.25 × first attempts;
//   3. the same verdict as the fault-free run (for the decisive scenarios; A/A is shown
//      for information, see SCENARIOS).
// Prints a table and exits 1 when a target is missed.
//
//   npx tsc -p tsconfig.bench.json && node build-bench/bench/faults.js
// Flags: --seeds N (simulator seeds 1..N, default 3), --cases N (default 500),
//        --only NAME (one scenario), --concurrency N (default 16),
//        --recover-after N, --paced-cost X, --reserve N (explore adaptive concurrency and
//        the retry budget; the first version of the policy was --paced-cost 1 --reserve 3).
import { benchmarkProfile, type FaultPlan } from '../src/simulator/index.js';
import { faultCases, faultRun, type FaultRunResult, type FaultScenario } from './faults-run.js';

const FAULTS: FaultPlan = { rate429: 0.1, retryAfterMs: 50, rate500: 0.05, rateReset: 0.02, rateStall: 0.01, stallMs: 3_000 };
const TIMEOUT_MS = 2_000;
const MAX_ATTEMPT_RATIO = 1.25;

const SCENARIOS: FaultScenario[] = [
  {
    name: 'regression',
    baseline: { ...benchmarkProfile('sim-base'), quality: 0.85 },
    candidate: { ...benchmarkProfile('sim-cand'), quality: 0.72 },
    candidatePriceScale: 1,
  },
  {
    name: 'upgrade',
    baseline: { ...benchmarkProfile('sim-base'), quality: 0.8 },
    candidate: { ...benchmarkProfile('sim-cand'), quality: 0.92, latency: { medianMs: 40, p95Ms: 95 } },
    candidatePriceScale: 0.6,
  },
  // For information, not a target: two identical models leave the p95 check's interval
  // straddling its threshold, so any change to the latency sample can flip
  // inconclusive ↔ pass, and faults change it (a retried call is answered by a new
  // attempt with its own latency draw; a stall adds a 2 s timeout to the sample).
  {
    name: 'A/A',
    baseline: { ...benchmarkProfile('sim-base'), quality: 0.85 },
    candidate: { ...benchmarkProfile('sim-cand'), quality: 0.85 },
    candidatePriceScale: 1,
    informational: true,
  },
];

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name}: expected a positive integer, got ${process.argv[i + 1]}`);
  return value;
}

function decimalFlag(name: string): number | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const value = Number(process.argv[i + 1]);
  if (!(value >= 0)) throw new Error(`--${name}: expected a number ≥ 0, got ${process.argv[i + 1]}`);
  return value;
}

function verdictOf(run: FaultRunResult): string {
  const { verdict, checks } = run.comparison;
  const failed = checks.filter((c) => c.status === 'fail').map((c) => c.metric);
  const open = checks.filter((c) => c.status === 'inconclusive').map((c) => c.metric);
  const detail = [...failed.map((m) => `✗${m}`), ...open.map((m) => `?${m}`)].join(' ');
  return detail ? `${verdict} (${detail})` : verdict;
}

/** Each check of both runs, for a footnote when the verdicts differ. */
function checkDiff(label: string, clean: FaultRunResult, faulty: FaultRunResult): string[] {
  const fmt = (c: FaultRunResult['comparison']['checks'][number]): string => {
    const relative = c.metric !== 'quality';
    const v = (x: number): string => (relative ? `${(100 * x).toFixed(2)}%` : x.toFixed(2));
    return `${c.status} ${v(c.change)} [${v(c.interval[0])}, ${v(c.interval[1])}] vs ${v(c.threshold)}`;
  };
  return clean.comparison.checks.map((c, i) => {
    const f = faulty.comparison.checks[i]!;
    return `- ${label}, ${c.metric}: no faults ${fmt(c)}; faults ${fmt(f)}`;
  });
}

function row(label: string, run: FaultRunResult, checks: string): string {
  const ratio = run.servedAttempts / run.planned;
  const c = run.control.concurrency;
  const r = run.control.retries;
  const cells = [
    label,
    `${run.records.length} / ${run.planned}`,
    run.servedAttempts.toLocaleString('en-US'),
    ratio.toFixed(3),
    `${r.retries} / ${r.denied}`,
    `${run.infra.baseline} / ${run.infra.candidate}`,
    `${run.timeouts.baseline} / ${run.timeouts.candidate}`,
    `${c.min} / ${c.mean.toFixed(1)} / ${c.final}`,
    `${(run.wallMs / 1000).toFixed(1)} s`,
    verdictOf(run),
    checks,
  ];
  return `| ${cells.join(' | ')} |`;
}

async function main(): Promise<void> {
  const seeds = flag('seeds', 3);
  const cases = faultCases(flag('cases', 500));
  const concurrency = flag('concurrency', 16);
  const recoverAfter = process.argv.includes('--recover-after') ? flag('recover-after', 1) : undefined;
  const pacedRetryCost = decimalFlag('paced-cost');
  const budgetReserve = decimalFlag('reserve');
  const retryPolicy = {
    ...(pacedRetryCost === undefined ? {} : { pacedRetryCost }),
    ...(budgetReserve === undefined ? {} : { budgetReserve }),
  };
  const onlyAt = process.argv.indexOf('--only');
  const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
  const scenarios = SCENARIOS.filter((s) => only === undefined || s.name === only);
  if (scenarios.length === 0) throw new Error(`--only: no scenario named ${only}; try ${SCENARIOS.map((s) => s.name).join(', ')}`);

  console.log(`Fault plan: ${JSON.stringify(FAULTS)}, timeout ${TIMEOUT_MS} ms, retries 2, concurrency ${concurrency}`);
  if (Object.keys(retryPolicy).length > 0) console.log(`Retry policy overrides: ${JSON.stringify(retryPolicy)}`);
  console.log('');
  console.log('| run | records / planned | attempts (server) | attempts / first | retries / denied | infra b / c | timeouts b / c | concurrency min / mean / final | wall | verdict | checks |');
  console.log('|:--|--:|--:|--:|--:|--:|--:|--:|--:|:--|:--|');
  let missed = 0;
  const notes: string[] = [];
  for (const scenario of scenarios) {
    for (let seed = 1; seed <= seeds; seed++) {
      const common = { scenario, cases, seed, timeoutMs: TIMEOUT_MS, concurrency, retryPolicy, ...(recoverAfter ? { recoverAfter } : {}) };
      const clean = await faultRun(common);
      const faulty = await faultRun({ ...common, faults: FAULTS });
      const ratio = faulty.servedAttempts / faulty.planned;
      const same = faulty.comparison.verdict === clean.comparison.verdict;
      const okAccounted = faulty.accounted && clean.accounted;
      const okRatio = ratio <= MAX_ATTEMPT_RATIO;
      const okCount = faulty.servedAttempts === faulty.recordedAttempts;
      const checks = [
        `${okAccounted ? '✅' : '❌'} all`,
        `${okRatio ? '✅' : '❌'} ≤1.25×`,
        `${same ? '✅' : scenario.informational ? '➖' : '❌'} verdict${scenario.informational ? ' (information)' : ''}`,
        ...(okCount ? [] : [`❌ runner counted ${faulty.recordedAttempts}`]),
      ].join(' ');
      if (!okAccounted || !okRatio || !okCount || (!same && !scenario.informational)) missed++;
      if (!same) notes.push(...checkDiff(`${scenario.name}, seed ${seed}`, clean, faulty));
      console.log(row(`${scenario.name}, seed ${seed}, no faults`, clean, ''));
      console.log(row(`${scenario.name}, seed ${seed}, faults`, faulty, checks));
    }
  }
  if (notes.length > 0) console.log(['', 'Checks of the runs whose verdicts differ:', ...notes].join('\n'));
  console.log('');
  console.log(missed === 0 ? 'All targets met.' : `${missed} run(s) missed a target.`);
  process.exitCode = missed === 0 ? 0 : 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});

// Speed of the change tests: "≤ 300 ms for 1,000 cases × 3 repeats". Times compare() as a
// whole and the tests alone (case data + every change's test + the reported intervals +
// the decisions' bounds) on a simulated run with 0/1 scores and with continuous scores (the
// Monte Carlo sign-flip path), median of 7 after 2 warm-ups.
//   npx tsc -p tsconfig.bench.json && node build-bench/bench/stats-speed.js
import { DEFAULT_STATISTICS, caseData, changeTests, compare, spreadsOf } from '../src/compare/index.js';
import { SIM_BASE, simConfig, simulateScored } from './stats-sim.js';
import { MIN_TAIL_CALLS } from '../src/stats/index.js';

const TARGET_MS = 300;

function median(ms: number[]): number {
  const sorted = [...ms].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function time(run: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < 9; i++) {
    const t0 = performance.now();
    run();
    if (i >= 2) times.push(performance.now() - t0);
  }
  return median(times);
}

const lines: string[] = [];
let worst = 0;
for (const scores of ['binary', 'continuous'] as const) {
  const scenario = { cases: 1000, repeats: 3, scores, baseline: SIM_BASE, candidate: { ...SIM_BASE, medianMs: 60 } };
  const { graded, records } = simulateScored(scenario, 1);
  const bySide = { baseline: records.filter((r) => r.side === 'baseline'), candidate: records.filter((r) => r.side === 'candidate') };
  const settings = { seed: 1, resamples: DEFAULT_STATISTICS.resamples, confidence: DEFAULT_STATISTICS.confidence, latencyTail: MIN_TAIL_CALLS };
  const testsMs = time(() => {
    const tests = changeTests(caseData({ graded, records: bySide, repeats: 3 }), settings);
    spreadsOf(tests, settings.confidence);
    tests.quality.pWorse('lower');
    tests.quality.bound(0.025, 'upper');
  });
  const compareMs = time(() => compare({ config: simConfig(scenario), graded, records, seed: 'ab12cd34' }));
  worst = Math.max(worst, testsMs);
  lines.push(
    `- ${scores} scores: tests alone ${testsMs.toFixed(0)} ms; compare() as a whole (metrics, tags, checks, tests, verdict) ${compareMs.toFixed(0)} ms`,
  );
}
console.log(
  [
    `Speed of the change tests: 1,000 cases × 3 repeats (6,000 call records), ${DEFAULT_STATISTICS.resamples} sign flips when scores are continuous`,
    ...lines,
    `- target ≤ ${TARGET_MS} ms: ${worst <= TARGET_MS ? 'met' : 'MISSED'}`,
  ].join('\n'),
);
process.exitCode = worst <= TARGET_MS ? 0 : 1;

// Speed of the bootstrap (issue 5: "< 1 s for 1,000 cases × 3 repeats", B = 2,000).
// Times compare() as a whole and the bootstrap alone (case sample + resampling +
// intervals) on a simulated run, median of 7 after 2 warm-ups.
//   npx tsc -p tsconfig.bench.json && node build-bench/bench/stats-speed.js
import { DEFAULT_STATISTICS, bootstrapChanges, caseSample, compare } from '../src/compare/index.js';
import { gradeCases } from '../src/grade/index.js';
import { SIM_BASE, simConfig, simulateRun } from './stats-sim.js';

const scenario = { cases: 1000, repeats: 3, baseline: SIM_BASE, candidate: { ...SIM_BASE, medianMs: 60 } };
const { cases, records } = simulateRun(scenario, 1);
const graded = await gradeCases({ cases, records });
const bySide = { baseline: records.filter((r) => r.side === 'baseline'), candidate: records.filter((r) => r.side === 'candidate') };
const settings = { seed: 1, resamples: DEFAULT_STATISTICS.resamples, confidence: 0.95, failAlpha: DEFAULT_STATISTICS.failAlpha };
const zero = { quality: 0, qualityPerDollar: 0, cost: 0, p95Latency: 0, errorRate: 0 };

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

const bootstrapMs = time(() => bootstrapChanges(caseSample({ graded, records: bySide, repeats: 3 }), settings, zero));
const compareMs = time(() => compare({ config: simConfig(scenario), graded, records, seed: 'ab12cd34' }));
console.log(
  [
    `Bootstrap speed: ${cases.length} cases × ${scenario.repeats} repeats (${records.length} call records), B = ${settings.resamples}`,
    `- bootstrap alone (sample, ${settings.resamples} resamples, intervals for 5 changes): ${bootstrapMs.toFixed(0)} ms`,
    `- compare() as a whole (metrics, tags, checks, bootstrap, verdict): ${compareMs.toFixed(0)} ms`,
    `- target < 1000 ms: ${bootstrapMs < 1000 ? 'met' : 'MISSED'}`,
  ].join('\n'),
);
process.exitCode = bootstrapMs < 1000 ? 0 : 1;

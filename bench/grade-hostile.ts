// `npm run bench:grade`: grading on hostile model output. For each hostile shape, the time
// of extractJson / normaliseLabel at growing lengths (the regex versions they replaced at
// the lengths they can still finish), the regex runner's cost per match and at its
// deadline, and gradeCases throughput on ordinary and on full-size hostile outputs.
// Flags: --quick (smaller sizes, for a smoke test).
import { extractJson } from '../src/grade/extract-json.js';
import { normaliseLabel } from '../src/grade/normalise-label.js';
import { createRegexRunner } from '../src/grade/regex-runner.js';
import { gradeCases } from '../src/grade/index.js';
import { GRADE_INPUT_CHARS } from '../src/limits.js';
import type { CallRecord, EvalCase, Expectation } from '../src/types.js';
import { regexExtractJson, regexNormaliseLabel } from '../__tests__/grade/reference/regex-versions.js';

const quick = process.argv.includes('--quick');

/** Median wall time of `runs` calls, in ms. */
function time(fn: () => unknown, runs = 5): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] as number;
}

const fmt = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`);

function row(cells: (string | number)[]): void {
  console.log(`| ${cells.join(' | ')} |`);
}

console.log(`Node ${process.version}, ${quick ? 'quick' : 'full'} run\n`);

// 1. extractJson and normaliseLabel against the versions they replaced.
const shapes: { name: string; make: (n: number) => string; fn: 'json' | 'label'; oldUpTo: number }[] = [
  { name: 'extractJson, n × "{"', make: (n) => '{'.repeat(n), fn: 'json', oldUpTo: 20_000 },
  { name: 'extractJson, n × "{\\"a\\":\\""', make: (n) => '{"a":"'.repeat(n / 6), fn: 'json', oldUpTo: 20_000 },
  { name: 'extractJson, n × "`"', make: (n) => '`'.repeat(n), fn: 'json', oldUpTo: 20_000 },
  { name: 'normaliseLabel, n × \'"\' + "x"', make: (n) => `${'"'.repeat(n)}x`, fn: 'label', oldUpTo: 2_000 },
  { name: 'normaliseLabel, n × "." + "x"', make: (n) => `${'.'.repeat(n)}x`, fn: 'label', oldUpTo: 20_000 },
];
const sizes = quick ? [1_000, 2_000, 10_000, 20_000, 65_536] : [1_000, 2_000, 10_000, 20_000, 40_000, GRADE_INPUT_CHARS];
console.log('### Hostile shapes: new vs the regex version\n');
row(['shape', 'length', 'new', 'regex version']);
row(['---', '---:', '---:', '---:']);
for (const shape of shapes) {
  const fresh = shape.fn === 'json' ? (s: string) => extractJson(s) : (s: string) => normaliseLabel(s);
  const old = shape.fn === 'json' ? (s: string) => regexExtractJson(s) : (s: string) => regexNormaliseLabel(s);
  for (const n of sizes) {
    const text = shape.make(n);
    const was = n <= shape.oldUpTo ? fmt(time(() => old(text), 1)) : '(not run)';
    row([shape.name, n.toLocaleString('en'), fmt(time(() => fresh(text))), was]);
  }
}

// 2. The regex runner: the cost of a match off-thread, and what a runaway match costs.
console.log('\n### Regex runner\n');
const runner = createRegexRunner();
const ordinary = 'def add(a, b):\n    return a + b\n'.repeat(32);
runner.test('x', undefined, 'x'); // start the worker outside the timing
const matches = quick ? 500 : 5_000;
const t0 = performance.now();
for (let i = 0; i < matches; i++) runner.test('^def \\w+\\(', 'm', ordinary);
const perMatch = (performance.now() - t0) / matches;
const full = 'a'.repeat(GRADE_INPUT_CHARS);
const fullMs = time(() => runner.test('a$', undefined, full));
const runaway = time(() => runner.test('^(a+)+$', undefined, `${'a'.repeat(40)}!`), 1);
const after = time(() => runner.test('x', undefined, 'x'), 1);
row(['what', 'time']);
row(['---', '---:']);
row([`ordinary match on ${ordinary.length} chars (mean of ${matches})`, fmt(perMatch)]);
row([`match on ${GRADE_INPUT_CHARS.toLocaleString('en')} chars (median of 5)`, fmt(fullMs)]);
row(['runaway /^(a+)+$/ on 40 × "a" + "!" (deadline 1 s)', fmt(runaway)]);
row(['next match (a fresh worker starts)', fmt(after)]);
runner.close();

// 3. gradeCases: ordinary outputs, then full-size hostile ones.
console.log('\n### gradeCases\n');
const exp = (type: string, options: Record<string, unknown>): Expectation => ({ type, weight: 1, ...options });
function workload(n: number, output: (i: number) => string): { cases: EvalCase[]; records: CallRecord[] } {
  const expect = [exp('label', { value: 'billing' }), exp('json', {}), exp('contains', { value: 'billing' }), exp('regex', { pattern: 'bill' })];
  const cases = Array.from({ length: n }, (_, i): EvalCase => ({ id: `c${i}`, tags: [], vars: {}, messages: [{ role: 'user', content: 'x' }], expect, source: { file: 'e.yaml', line: i + 1 } }));
  const record = (c: EvalCase, side: 'baseline' | 'candidate', i: number): CallRecord => ({
    caseId: c.id, side, repeat: 0, model: side, output: output(i), latencyMs: 1, usage: { prompt: 1, cached: 0, completion: 1, reasoning: 0 }, costUsd: 0, attempts: 1,
  });
  return { cases, records: cases.flatMap((c, i) => [record(c, 'baseline', i), record(c, 'candidate', i)]) };
}
const hostileOutputs = [(n: number) => '{'.repeat(n), (n: number) => `${'"'.repeat(n)}x`, (n: number) => '{"a":"'.repeat(n / 6), (n: number) => '`'.repeat(n)];
const scenarios = [
  { name: 'ordinary outputs ({"label": "billing"})', cases: quick ? 500 : 5_000, output: () => '{"label": "billing"}' },
  { name: `hostile outputs of ${GRADE_INPUT_CHARS.toLocaleString('en')} chars (4 shapes in turn)`, cases: quick ? 20 : 100, output: (i: number) => hostileOutputs[i % 4]!(GRADE_INPUT_CHARS) },
];
// Warm up: the shared regex worker starts (about 50 ms) and the graders compile once.
{
  const { cases, records } = workload(10, () => '{"label": "billing"}');
  await gradeCases({ cases, records });
}
row(['outputs', 'cases × 2 sides × 4 graders', 'wall', 'per output', 'longest gap between event-loop turns']);
row(['---', '---:', '---:', '---:', '---:']);
for (const s of scenarios) {
  const { cases, records } = workload(s.cases, s.output);
  let last = performance.now();
  let gap = 0;
  let ticking = true;
  const tick = (): void => {
    const now = performance.now();
    gap = Math.max(gap, now - last);
    last = now;
    if (ticking) setImmediate(tick);
  };
  setImmediate(tick);
  const t = performance.now();
  await gradeCases({ cases, records });
  const wall = performance.now() - t;
  ticking = false;
  row([s.name, s.cases.toLocaleString('en'), fmt(wall), fmt(wall / (2 * s.cases)), fmt(gap)]);
}

// Small builders for hand-made compare inputs. Every number in the tests is chosen
// by hand; these only fill in the fields a test does not care about.
import type {
  CallError,
  CallRecord,
  CallRole,
  GateConfig,
  GradedCase,
  GradedSide,
  GraderResult,
  ModelConfig,
  Thresholds,
} from '../../src/types.js';

const model = (name: string): ModelConfig => ({
  model: name,
  baseUrl: 'http://127.0.0.1:1/v1',
  apiKeyEnv: 'OPENAI_API_KEY',
  params: {},
  price: { input: 1, cachedInput: 0.5, output: 4 },
  priceSource: { kind: 'config' },
});

export const DEFAULT_THRESHOLDS: Thresholds = { qualityPerDollar: 0.1, p95Latency: 0.2, quality: 2, errorRate: 0.02 };

export function config(over: { thresholds?: Partial<Thresholds>; repeats?: number; judge?: boolean } = {}): GateConfig {
  return {
    configFile: '/repo/llm-gate.yml',
    rootDir: '/repo',
    evals: ['evals/*.yaml'],
    models: { baseline: model('base-m'), candidate: model('cand-m') },
    ...(over.judge ? { judge: model('judge-m') } : {}),
    thresholds: { ...DEFAULT_THRESHOLDS, ...over.thresholds },
    run: { concurrency: 4, repeats: over.repeats ?? 1, timeoutMs: 30_000, retries: 2 },
  };
}

export function side(score: number | null, costUsd: number, extra: Partial<GradedSide> = {}): GradedSide {
  return {
    score,
    repeatScores: score === null ? [] : [score],
    grades: [],
    output: score === null ? null : `answer ${score}`,
    latencyMs: null,
    costUsd,
    ...extra,
  };
}

export function graded(id: string, tags: string[], baseline: GradedSide, candidate: GradedSide): GradedCase {
  return {
    case: {
      id,
      tags,
      vars: {},
      messages: [{ role: 'user', content: id }],
      expect: [{ type: 'equals', weight: 1, value: 'x' }],
      source: { file: 'evals/set.yaml', line: 1 },
    },
    baseline,
    candidate,
  };
}

export function record(
  caseId: string,
  role: CallRole,
  costUsd: number,
  latencyMs: number | null,
  extra: { error?: CallError['kind']; repeat?: number; usage?: Partial<CallRecord['usage']> } = {},
): CallRecord {
  return {
    caseId,
    side: role,
    repeat: extra.repeat ?? 0,
    model: role === 'baseline' ? 'base-m' : role === 'candidate' ? 'cand-m' : 'judge-m',
    output: extra.error ? null : 'out',
    latencyMs,
    usage: { prompt: 100, cached: 20, completion: 50, reasoning: 10, ...extra.usage },
    costUsd,
    attempts: 1,
    ...(extra.error ? { error: { kind: extra.error, message: extra.error } } : {}),
  };
}

export function labelGrade(expected: string, actual: string): GraderResult {
  return { type: 'label', weight: 1, score: expected === actual ? 1 : 0, label: { expected, actual } };
}

// Four cases, one repeat, numbers chosen by hand:
//   c1 [a]    base 1   $0.002 100ms | cand 0.5 $0.004 200ms
//   c2 [a,b]  base 0.5 $0.002 200ms | cand 1   $0.004 400ms
//   c3 [b]    base 1   $0.002 300ms | cand 0 (timeout) $0 30000ms
//   c4 []     base infra error (null) | cand 1 $0.004 100ms   → not paired
export function scenario() {
  const cases = [
    graded('c1', ['a'], side(1, 0.002), side(0.5, 0.004)),
    graded('c2', ['a', 'b'], side(0.5, 0.002), side(1, 0.004)),
    graded('c3', ['b'], side(1, 0.002), side(0, 0)),
    graded('c4', [], side(null, 0), side(1, 0.004)),
  ];
  const records = [
    record('c1', 'baseline', 0.002, 100, { usage: { prompt: 1000, cached: 400, completion: 300, reasoning: 100 } }),
    record('c1', 'candidate', 0.004, 200),
    record('c2', 'baseline', 0.002, 200),
    record('c2', 'candidate', 0.004, 400),
    record('c3', 'baseline', 0.002, 300),
    record('c3', 'candidate', 0, 30_000, { error: 'timeout' }),
    record('c4', 'baseline', 0, null, { error: 'infra' }),
    record('c4', 'candidate', 0.004, 100),
  ];
  return { cases, records };
}

/**
 * n cases with the same scores on every case (unless `override` says otherwise for case i),
 * $0.002 a call and 100 ms on both sides: changes come only from the scores.
 */
export function uniformCases(
  n: number,
  scores: { baseline: number; candidate: number },
  override: (i: number) => { baseline: number; candidate: number } | undefined = () => undefined,
) {
  const cases: GradedCase[] = [];
  const records: CallRecord[] = [];
  for (let i = 0; i < n; i++) {
    const id = `u${String(i).padStart(3, '0')}`;
    const s = override(i) ?? scores;
    cases.push(graded(id, [], side(s.baseline, 0.002), side(s.candidate, 0.002)));
    records.push(record(id, 'baseline', 0.002, 100), record(id, 'candidate', 0.002, 100));
  }
  return { cases, records };
}

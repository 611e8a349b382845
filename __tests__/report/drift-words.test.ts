import { describe, expect, it } from 'vitest';
import type { CaseDrift, TokenDrift } from '../../src/compare/drift.js';
import type { TimeoutExposure, TimeoutSide } from '../../src/compare/timeouts.js';
import { MAX_DRIFT_TAGS, driftLines, regressionDriftCell, timeoutLines } from '../../src/report/drift-words.js';
import { ZWJ } from '../../src/report/safe-markdown.js';

const MINUS = '\u2212';

function caseDrift(id: string, output: [number, number], input: [number, number] = [100, 100]): CaseDrift {
  const change = (b: number, c: number) => (b > 0 && c > 0 ? c / b - 1 : null);
  return {
    id,
    input: { baseline: input[0], candidate: input[1] },
    output: { baseline: output[0], candidate: output[1] },
    inputChange: change(input[0], input[1]),
    outputChange: change(output[0], output[1]),
  };
}

// The drift of __tests__/compare/drift.test.ts's scenario, written out: prompt tokens per
// call 187.5 → 210 (+12%), output tokens per case 95 → 157.5 (+62.5, +65.8%).
function drift(over: Partial<TokenDrift> = {}): TokenDrift {
  const c1 = caseDrift('c1', [60, 120], [100, 110]);
  const c2 = caseDrift('c2', [100, 90], [200, 230]);
  const c3 = caseDrift('c3', [200, 400], [400, 440]);
  return {
    cases: 4,
    promptsDiffer: 0,
    calls: { baseline: 6, candidate: 6 },
    input: { baseline: 187.5, candidate: 210, change: 210 / 187.5 - 1 },
    output: { baseline: 95, candidate: 157.5, change: 157.5 / 95 - 1, difference: 62.5 },
    tags: [
      { tag: 'billing', cases: 2, input: { baseline: 150, candidate: 170, change: 170 / 150 - 1 } },
      { tag: 'legacy', cases: 0, input: null },
      { tag: 'refunds', cases: 2, input: { baseline: 300, candidate: 335, change: 335 / 300 - 1 } },
    ],
    byCase: [c1, c2, c3, caseDrift('c4', [20, 20], [50, 60])],
    largest: [c1, c3, c2],
    ...over,
  };
}

describe('driftLines', () => {
  it('shows tokens per call and per case, the tags that moved most, and the largest output drifts', () => {
    expect(driftLines(drift())).toEqual([
      '#### Token drift',
      '',
      '| tokens | baseline | candidate | change |',
      '|:--|--:|--:|--:|',
      // 187.5 rounds to 188; 157.5 to 158; +62.5 to +63
      '| prompt per call | 188 | 210 | +12% |',
      '| output per case | 95 | 158 | +63 (+66%) |',
      '',
      '_Over the 4 cases both models answered with token usage (calls: 6 baseline, 6 candidate). The same prompts count 12% more tokens: +12% input cost from the tokenizer alone, before any difference in price._',
      '',
      '| tag | cases | prompt tokens per call | change |',
      '|:--|--:|--:|--:|',
      // billing +13.3% before refunds +11.7%; legacy has nothing measured
      '| billing | 2 | 150 → 170 | +13% |',
      '| refunds | 2 | 300 → 335 | +12% |',
      '',
      `Largest output-token drift: \`c1\` 60 → 120 (+100%), \`c3\` 200 → 400 (+100%), \`c2\` 100 → 90 (${MINUS}10%).`,
    ]);
  });

  it('says the change is fewer tokens when the candidate counts fewer', () => {
    const lines = driftLines(drift({ input: { baseline: 200, candidate: 184, change: 184 / 200 - 1 } }));
    expect(lines[7]).toBe(
      `_Over the 4 cases both models answered with token usage (calls: 6 baseline, 6 candidate). The same prompts count 8% fewer tokens: ${MINUS}8% input cost from the tokenizer alone, before any difference in price._`,
    );
  });

  it('says the tokenizer counts the same when the change rounds to 0', () => {
    const lines = driftLines(drift({ cases: 1, calls: { baseline: 1, candidate: 1 }, input: { baseline: 10_000, candidate: 10_000.1, change: 10_000.1 / 10_000 - 1 } }));
    expect(lines[4]).toBe('| prompt per call | 10.0k | 10.0k | 0% |');
    expect(lines[7]).toBe('_Over the 1 case both models answered with token usage (calls: 1 baseline, 1 candidate). The same prompts count the same number of tokens on both models._');
  });

  it('does not credit the tokenizer alone when some cases send each model its own prompt', () => {
    expect(driftLines(drift({ promptsDiffer: 3 }))[7]).toBe(
      "_Over the 4 cases both models answered with token usage (calls: 6 baseline, 6 candidate). 3 of 4 cases send each model a prompt of its own, so the prompt-token change (+12%) is the prompt's as well as the tokenizer's._",
    );
    expect(driftLines(drift({ promptsDiffer: 4 }))[7]).toMatch(/ Every case sends each model a prompt of its own, /);
  });

  it('shows n/a for a change against a side that reported 0 tokens', () => {
    const lines = driftLines(
      drift({ input: { baseline: 100, candidate: 0, change: null }, tags: [{ tag: 't', cases: 4, input: { baseline: 100, candidate: 0, change: null } }], largest: [] }),
    );
    expect(lines).toEqual([
      '#### Token drift',
      '',
      '| tokens | baseline | candidate | change |',
      '|:--|--:|--:|--:|',
      '| prompt per call | 100 | 0 | n/a |',
      '| output per case | 95 | 158 | +63 (+66%) |',
      '',
      '_Over the 4 cases both models answered with token usage (calls: 6 baseline, 6 candidate). A model reported 0 prompt tokens, so the prompt-token change is not measured._',
    ]);
  });

  it('has nothing to say without a common case, or when no change can be measured', () => {
    expect(driftLines(drift({ cases: 0, input: null, output: null, tags: [], byCase: [], largest: [] }))).toEqual([]);
    expect(
      driftLines(drift({ input: { baseline: 0, candidate: 0, change: null }, output: { baseline: 0, candidate: 0, change: null, difference: 0 } })),
    ).toEqual([]);
  });

  it(`shows at most ${MAX_DRIFT_TAGS} tags, the largest |change| first, and says how many more there are`, () => {
    // t00 … t11 with changes −0.11, +0.10, −0.09, … : |change| falls with the index
    const tags = Array.from({ length: 12 }, (_, i) => {
      const candidate = i % 2 === 0 ? 89 + i : 111 - i;
      return { tag: `t${String(i).padStart(2, '0')}`, cases: 1, input: { baseline: 100, candidate, change: candidate / 100 - 1 } };
    });
    const lines = driftLines(drift({ tags }));
    const rows = lines.filter((l) => /^\| t\d\d /.test(l));
    expect(rows).toHaveLength(MAX_DRIFT_TAGS);
    expect(rows[0]).toBe(`| t00 | 1 | 100 → 89 | ${MINUS}11% |`);
    expect(rows[1]).toBe('| t01 | 1 | 100 → 110 | +10% |');
    expect(rows[9]).toBe('| t09 | 1 | 100 → 102 | +2% |');
    expect(lines).toContain('_…and 2 more tags in the JSON report._');
  });

  it('escapes tags and case ids', () => {
    const evil = caseDrift('@org/team `x`', [10, 20]);
    const lines = driftLines(
      drift({ tags: [{ tag: 'a|b *bold*', cases: 1, input: { baseline: 10, candidate: 20, change: 1 } }], largest: [evil] }),
    );
    expect(lines).toContain('| a\\|b \\*bold\\* | 1 | 10 → 20 | +100% |');
    expect(lines).toContain(`Largest output-token drift: \`\` @${ZWJ}org/team \`x\` \`\` 10 → 20 (+100%).`);
  });
});

describe('regressionDriftCell', () => {
  it('gives the input and output change of a case', () => {
    expect(regressionDriftCell(caseDrift('c', [100, 340], [100, 112]))).toBe('in +12% · out +240%');
    expect(regressionDriftCell(caseDrift('c', [100, 40], [100, 100]))).toBe(`in 0% · out ${MINUS}60%`);
  });

  it('says n/a for a side with 0 tokens, and nothing when neither change is measured or the case has no drift entry', () => {
    expect(regressionDriftCell(caseDrift('c', [100, 340], [0, 112]))).toBe('in n/a · out +240%');
    expect(regressionDriftCell(caseDrift('c', [0, 0], [0, 0]))).toBe('');
    expect(regressionDriftCell(undefined)).toBe('');
  });

  it('says nothing when neither count moved by 1% (a row of zeros is noise)', () => {
    expect(regressionDriftCell(caseDrift('c', [200, 200], [1000, 1005]))).toBe('');
    expect(regressionDriftCell(caseDrift('c', [200, 202], [1000, 1000]))).toBe('in 0% · out +1%');
  });
});

describe('timeoutLines', () => {
  const side = (slow: number, calls: number, retries: number): TimeoutSide => {
    const s = slow / calls;
    let attempts = 1;
    for (let i = 1; i <= retries; i++) attempts += s ** i;
    return { calls, slow, share: s, attemptsPerCall: attempts, extraCallsPer1k: 1000 * (attempts - 1) };
  };
  const exposure = (retries: number, rises = true): TimeoutExposure => ({
    models: { baseline: side(3, 1_000, retries), candidate: side(41, 1_000, retries) },
    pValue: rises ? 1e-9 : 0.4,
    alpha: 0.05,
    rises,
  });

  it('words a rise with the retry load it brings', () => {
    // 1 + 0.041 + 0.041² = 1.042681 attempts, +42.7 calls per 1,000
    expect(timeoutLines(exposure(2), 30_000, 2)).toEqual([
      "**Timeouts in production:** 4.1% of the candidate's calls are slower than the 30 s timeout (baseline 0.3%); with 2 retries that is 1.04 attempts per call (+43 calls per 1,000).",
    ]);
    expect(timeoutLines(exposure(1), 2_500, 1)).toEqual([
      "**Timeouts in production:** 4.1% of the candidate's calls are slower than the 2.5 s timeout (baseline 0.3%); with 1 retry that is 1.04 attempts per call (+41 calls per 1,000).",
    ]);
  });

  it('says each slow call fails with no retries', () => {
    expect(timeoutLines(exposure(0), 30_000, 0)).toEqual([
      "**Timeouts in production:** 4.1% of the candidate's calls are slower than the 30 s timeout (baseline 0.3%); with no retries, each of them is a failed call.",
    ]);
  });

  it('shows a small retry load with the decimals it needs', () => {
    const t: TimeoutExposure = { ...exposure(1), models: { baseline: side(0, 5_000, 1), candidate: side(12, 5_000, 1) } };
    // 12 / 5,000 = 0.24%: 1.0024 attempts, +2.4 calls per 1,000
    expect(timeoutLines(t, 30_000, 1)).toEqual([
      "**Timeouts in production:** 0.2% of the candidate's calls are slower than the 30 s timeout (baseline 0%); with 1 retry that is 1.002 attempts per call (+2.4 calls per 1,000).",
    ]);
    const whole: TimeoutExposure = { ...exposure(1), models: { baseline: side(0, 2_000, 1), candidate: side(8, 2_000, 1) } };
    // 8 / 2,000 = 0.4%: +4 calls per 1,000, not "+4.0"
    expect(timeoutLines(whole, 30_000, 1)[0]).toMatch(/ 1\.004 attempts per call \(\+4 calls per 1,000\)\.$/);
  });

  it('says nothing unless the share rises', () => {
    expect(timeoutLines(exposure(2, false), 30_000, 2)).toEqual([]);
  });
});

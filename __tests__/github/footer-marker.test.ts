import { describe, expect, it } from 'vitest';
import { bodyBudget, commentFooter, fitBody, markerFor, workflowRunUrl } from '../../src/github/index.js';

const HASH = '3f2a9c0d1e7b44aa55bb66cc77dd88ee99ff00112233445566778899aabbccdd';

describe('commentFooter', () => {
  it('puts the run link, the short eval hash, cases × repeats and the money spent on one line', () => {
    const footer = commentFooter({
      runUrl: 'https://github.com/acme/widgets/actions/runs/42/attempts/1',
      contentHash: HASH,
      cases: 24,
      repeats: 3,
      spentUsd: 0.01234,
    });
    expect(footer).toBe(
      '<sub>llm-gate · [workflow run](https://github.com/acme/widgets/actions/runs/42/attempts/1) · eval set `3f2a9c0d1e7b` · 24 cases × 3 repeats · this run spent $0.0123</sub>',
    );
    expect(footer).not.toContain('\n');
  });

  it('drops the link when there is no run, strips a sha256: prefix and says when the dollars were simulated', () => {
    expect(commentFooter({ contentHash: `sha256:${HASH}`, cases: 1, repeats: 1, spentUsd: 12.5, simulated: true })).toBe(
      '<sub>llm-gate · eval set `3f2a9c0d1e7b` · 1 case × 1 repeat · this run spent $12.50 (simulated, not billed)</sub>',
    );
  });

  it('shows a zero-cost run (everything cached) as $0', () => {
    expect(commentFooter({ contentHash: HASH, cases: 2, repeats: 1, spentUsd: 0 })).toContain('this run spent $0');
  });
});

describe('workflowRunUrl', () => {
  it('links the attempt, since reruns share one run id', () => {
    expect(workflowRunUrl({ serverUrl: 'https://github.com/', repository: 'acme/widgets', runId: '42', runAttempt: '2' })).toBe(
      'https://github.com/acme/widgets/actions/runs/42/attempts/2',
    );
    expect(workflowRunUrl({ serverUrl: 'https://ghe.example.com', repository: 'a/b', runId: '7' })).toBe('https://ghe.example.com/a/b/actions/runs/7');
  });
});

describe('markerFor', () => {
  it('is a hidden HTML comment naming the config', () => {
    expect(markerFor('llm-gate.yml')).toBe('<!-- llm-gate:report config=llm-gate.yml -->');
  });

  it('gives ./llm-gate.yml and a Windows-style path the same marker as the plain path', () => {
    expect(markerFor('./llm-gate.yml')).toBe(markerFor('llm-gate.yml'));
    expect(markerFor('evals\\support.yml')).toBe('<!-- llm-gate:report config=evals/support.yml -->');
  });

  it('gives different configs different markers', () => {
    expect(markerFor('a.yml')).not.toBe(markerFor('b.yml'));
  });

  it('cannot be closed early by a path containing --> or spaces', () => {
    const marker = markerFor('weird--> dir/x.yml');
    expect(marker).toBe('<!-- llm-gate:report config=weird-%2D%3E%20dir/x.yml -->');
    expect(marker.indexOf('-->')).toBe(marker.length - 3);
    expect(marker.slice(4, -3)).not.toContain('--');
  });
});

describe('fitBody', () => {
  const marker = markerFor('llm-gate.yml');

  it('prepends the marker on its own line and leaves a body that fits alone', () => {
    expect(fitBody(marker, 'hello')).toEqual({ body: `${marker}\nhello`, truncated: false });
    expect(fitBody(marker, 'y'.repeat(bodyBudget(marker))).truncated).toBe(false);
  });

  it('cuts a body too long for GitHub to fit its limit without splitting an emoji', () => {
    // Both parities, so one of them puts the cut between the halves of a surrogate pair.
    for (const body of ['😀'.repeat(40_000), `a${'😀'.repeat(40_000)}`]) {
      const fitted = fitBody(marker, body);
      expect(fitted.truncated).toBe(true);
      expect(fitted.body.length).toBeLessThanOrEqual(65_536);
      expect(fitted.body).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
  });
});

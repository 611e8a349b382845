import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load } from 'js-yaml';
import { readInputs } from '../../src/action/inputs.js';
import { describeEvent } from '../../src/action/event.js';

const inputs = (values: Record<string, string>) => readInputs((name) => values[name] ?? '');

describe('Action inputs', () => {
  it('applies the documented defaults', () => {
    expect(inputs({})).toEqual({
      config: 'llm-gate.yml',
      baselineModel: undefined,
      candidateModel: undefined,
      apiKey: undefined,
      githubToken: undefined,
      comment: 'always',
      failOnRegression: true,
      workingDirectory: '.',
      onInconclusive: 'pass',
      onMissingKey: undefined,
    });
  });

  it('rejects a value outside the allowed set, naming the input', () => {
    expect(() => inputs({ comment: 'sometimes' })).toThrow(/input "comment" must be one of always \| on-regression \| never/);
    expect(() => inputs({ 'fail-on-regression': 'maybe' })).toThrow(/fail-on-regression/);
    expect(() => inputs({ 'on-missing-key': 'ignore' })).toThrow(/on-missing-key/);
  });

  it('reads every input that action.yml declares, and nothing else', () => {
    const action = load(readFileSync(resolve(import.meta.dirname, '../../action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
    const asked = new Set<string>();
    readInputs((name) => {
      asked.add(name);
      return '';
    });
    expect([...asked].sort()).toEqual(Object.keys(action.inputs).sort());
  });
});

describe('the triggering event', () => {
  const context = (pr: unknown, eventName = 'pull_request') => ({
    eventName,
    payload: { pull_request: pr } as never,
    repo: { owner: 'acme', repo: 'widgets' },
    runId: 42,
    serverUrl: 'https://github.com',
    apiUrl: 'https://api.github.com',
  });

  it('tells a fork pull request from a same-repo one', () => {
    const base = { repo: { full_name: 'acme/widgets' } };
    expect(describeEvent(context({ number: 3, head: { repo: { full_name: 'acme/widgets', fork: false } }, base })).isFork).toBe(false);
    expect(describeEvent(context({ number: 3, head: { repo: { full_name: 'eve/widgets', fork: true } }, base })).isFork).toBe(true);
    expect(describeEvent(context({ number: 3, head: { repo: null }, base })).pullRequest).toEqual({ number: 3, owner: 'acme', repo: 'widgets' });
  });

  it('has no pull request to comment on for a push', () => {
    const info = describeEvent(context(undefined, 'push'));
    expect(info.pullRequest).toBeUndefined();
    expect(info.runUrl).toBe('https://github.com/acme/widgets/actions/runs/42');
  });
});

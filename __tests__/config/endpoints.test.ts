// Model keys for gateways and self-hosted servers: api, stream, headers, query, apiKeyEnv: none.
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/index.js';
import { secretValues } from '../../src/gate.js';
import { formattedError, project } from './helpers.js';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function load(yaml: string, env: Record<string, string> = {}) {
  const p = await project({ 'llm-gate.yml': yaml, 'evals/a.yaml': '- id: a\n  prompt: hi\n  expect: [{ type: contains, value: x }]\n' });
  cleanup = p.cleanup;
  return () => loadConfig(join(p.dir, 'llm-gate.yml'), { cwd: p.dir, env });
}

const PRICE = 'price: { input: 1, output: 2 }';

describe('endpoint keys of a model', () => {
  it('takes api, stream, headers and query; api is not inherited, headers and query go with the baseUrl', async () => {
    const config = await (
      await load(
        [
          'evals: evals/*.yaml',
          'models:',
          '  baseline:',
          '    model: a',
          '    baseUrl: https://gw.example.com/v1',
          '    apiKeyEnv: none',
          '    headers: { X-Key: "${GW_KEY}", X-Title: gate }',
          '    query: { api-version: "2024-10-21" }',
          `    ${PRICE}`,
          '  candidate:',
          '    model: b',
          '    api: responses',
          '    stream: true',
          `    ${PRICE}`,
          'judge:',
          '  model: j',
          '  baseUrl: https://other.example.com/v1',
          '  apiKeyEnv: JUDGE_KEY',
          `  ${PRICE}`,
        ].join('\n'),
        { GW_KEY: 'gw-secret-value-123' },
      )
    )();
    const { baseline, candidate } = config.models;
    expect(baseline).toMatchObject({ apiKeyEnv: 'none', headers: { 'X-Key': 'gw-secret-value-123', 'X-Title': 'gate' }, query: { 'api-version': '2024-10-21' }, secretFields: { headers: ['X-Key'] } });
    expect(baseline.api).toBeUndefined();
    expect(baseline.stream).toBeUndefined();
    expect(candidate).toMatchObject({ api: 'responses', stream: true, headers: baseline.headers, query: baseline.query, secretFields: { headers: ['X-Key'] } });
    expect(config.judge?.headers).toBeUndefined();
    expect(secretValues(config)).toEqual(['gw-secret-value-123', 'gw-secret-value-123']);
  });

  it('run.stream streams every model but the judge, and a model can opt out', async () => {
    const config = await (
      await load(['evals: evals/*.yaml', 'models:', '  baseline:', '    model: a', `    ${PRICE}`, '  candidate:', '    model: b', '    stream: false', `    ${PRICE}`, 'run: { stream: true }'].join('\n'))
    )();
    expect(config.models.baseline.stream).toBe(true);
    expect(config.models.candidate.stream).toBeUndefined();
    expect(config.run.stream).toBe(true);
  });

  it("refuses the CI runner's variables in headers, and control characters", async () => {
    const base = (h: string) => ['evals: evals/*.yaml', 'models:', '  baseline:', '    model: a', `    headers: ${h}`, `    ${PRICE}`, '  candidate:', '    model: b', `    ${PRICE}`].join('\n');
    expect(await formattedError((await load(base('{ X: "${GITHUB_TOKEN}" }'), { GITHUB_TOKEN: 'ghs_x' }))())).toMatch(/CI runner variable/);
    expect(await formattedError((await load(base('{ Host: evil }')))())).toMatch(/set by llm-gate/);
    expect(await formattedError((await load(base('{ "X Y": v }')))())).toMatch(/headers\.X Y: Invalid key/);
  });

  it('a secret is still refused outside headers and query', async () => {
    const yaml = ['evals: evals/*.yaml', 'models:', '  baseline:', '    model: "${GW_KEY}"', `    ${PRICE}`, '  candidate:', '    model: b', `    ${PRICE}`].join('\n');
    expect(await formattedError((await load(yaml, { GW_KEY: 'x' }))())).toMatch(/named like a secret/);
  });

  it('thresholds.ttftP95 defaults to 20% when both models stream, else stays off and unset', async () => {
    const yaml = (run: string, t = '') => ['evals: evals/*.yaml', 'models:', '  baseline:', '    model: a', `    ${PRICE}`, '  candidate:', '    model: b', `    ${PRICE}`, run, t].join('\n');
    expect((await (await load(yaml('run: { stream: true }')))()).thresholds.ttftP95).toBe(0.2);
    expect((await (await load(yaml('run: { stream: true }', 'thresholds: { ttftP95: 35% }')))()).thresholds.ttftP95).toBeCloseTo(0.35, 12);
    expect((await (await load(yaml('run: { stream: true }', 'thresholds: { ttftP95: false }')))()).thresholds.ttftP95).toBe(false);
    expect(Object.hasOwn((await (await load(yaml('')))()).thresholds, 'ttftP95')).toBe(false);
  });
});

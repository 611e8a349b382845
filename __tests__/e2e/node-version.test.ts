// On a Node older than 22 the bundles say so in one line and exit 2, before anything that
// needs a newer Node runs. Run with an old Node where the machine has one (Debian's is 20).
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLES } from './helpers/bundle.js';
import { nodeTooOld } from '../../src/shell/node-version.js';

function oldNode(): string | undefined {
  for (const candidate of ['/usr/bin/node', '/usr/local/bin/node']) {
    try {
      const version = execFileSync(candidate, ['--version'], { encoding: 'utf8' }).trim();
      if (Number(version.slice(1).split('.')[0]) < 22) return candidate;
    } catch {
      // Not installed here.
    }
  }
  return undefined;
}

const old = oldNode();

describe('an old Node', () => {
  it('is named in one line by nodeTooOld', () => {
    expect(nodeTooOld('20.20.2')).toBe('llm-gate needs Node 22 or newer; this is 20.20.2');
    expect(nodeTooOld('22.0.0')).toBeUndefined();
    expect(nodeTooOld('24.1.0')).toBeUndefined();
  });

  it.skipIf(old === undefined)('gets one line and exit 2 from dist/cli.js, not a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'llm-gate-old-node-'));
    const result = spawnSync(old!, [BUNDLES.cli, 'demo'], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toMatch(/^llm-gate needs Node 22 or newer; this is 2\d\.\d+\.\d+$/);
    expect(result.stdout).toBe('');
  });
});

describe('an old Node running the Action bundle', () => {
  it.skipIf(old === undefined)('gets one ::error:: line and exit 2 from dist/index.js', () => {
    const dir = mkdtempSync(join(tmpdir(), 'llm-gate-old-node-'));
    const result = spawnSync(old!, [BUNDLES.action], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { PATH: process.env.PATH ?? '' } });
    expect(result.status).toBe(2);
    expect(result.stdout.trim()).toMatch(/^::error::llm-gate: llm-gate needs Node 22 or newer; this is 2\d\.\d+\.\d+ \(action\.yml runs it with node24/);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
  });
});

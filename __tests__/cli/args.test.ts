import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCommand } from '../../src/cli/args.js';
import { EXIT, exitCodeForError, exitCodeForVerdict } from '../../src/cli/exit-codes.js';
import { HELP } from '../../src/cli/help.js';
import { LlmGateError } from '../../src/errors.js';
import { VERSION } from '../../src/version.js';

describe('llm-gate command line', () => {
  it('reads run options and defaults the config to llm-gate.yml', () => {
    expect(parseCommand(['run'])).toEqual({ name: 'run', config: 'llm-gate.yml', quiet: false });
    expect(parseCommand(['run', '-c', 'a.yml', '--json', 'r.json', '--markdown', 'r.md', '--candidate-model', 'm2', '-q'])).toMatchObject({
      config: 'a.yml',
      json: 'r.json',
      markdown: 'r.md',
      candidateModel: 'm2',
      quiet: true,
    });
  });

  it('reads the report options of the demo', () => {
    expect(parseCommand(['demo'])).toEqual({ name: 'demo', quiet: false });
    expect(parseCommand(['demo', '--json', 'r.json', '--markdown', 'r.md', '-q'])).toEqual({ name: 'demo', json: 'r.json', markdown: 'r.md', quiet: true });
    expect(() => parseCommand(['demo', '--config', 'x.yml'])).toThrow(LlmGateError);
  });

  it('rejects unknown commands and options as usage errors', () => {
    for (const argv of [['frobnicate'], ['run', '--confg', 'x'], ['simulate', '--port', 'abc'], ['simulate', '--faults', '[1]']]) {
      expect(() => parseCommand(argv)).toThrow(LlmGateError);
      try {
        parseCommand(argv);
      } catch (err) {
        expect((err as LlmGateError).code).toBe('usage');
        expect(exitCodeForError((err as LlmGateError).code)).toBe(EXIT.usage);
      }
    }
  });

  it('reads a fault plan for the simulator as JSON', () => {
    expect(parseCommand(['simulate', '--faults', '{"rate429":0.1}', '--port', '9'])).toEqual({
      name: 'simulate',
      config: undefined,
      port: 9,
      seed: undefined,
      faults: { rate429: 0.1 },
    });
  });

  it('maps each verdict to its documented exit code', () => {
    expect(['pass', 'skipped', 'fail', 'error', 'incomplete', 'inconclusive'].map((v) => exitCodeForVerdict(v as never))).toEqual([0, 0, 1, 3, 3, 4]);
    expect(exitCodeForError('fatal')).toBe(3);
    expect(exitCodeForError('config')).toBe(2);
    expect(exitCodeForError('missing-key')).toBe(2);
  });

  it('documents every exit code in --help and the README', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
    for (const code of Object.values(EXIT)) {
      expect(HELP).toMatch(new RegExp(`^  ${code}  `, 'm'));
      expect(readme).toMatch(new RegExp(`^\\| ${code} \\|`, 'm'));
    }
  });

  it('keeps the version in step with package.json', () => {
    const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});

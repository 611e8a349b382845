import { describe, expect, it } from 'vitest';
import { createRedactor, secretsFromEnv } from '../../src/shell/redact.js';
import { neutraliseTerminal } from '../../src/shell/terminal.js';

describe('createRedactor', () => {
  it('replaces every occurrence of every secret, longest first', () => {
    const redact = createRedactor(['sk-abc123456', 'sk-abc123456-long-form']);
    expect(redact('a sk-abc123456-long-form b sk-abc123456 c')).toBe('a [redacted] b [redacted] c');
  });

  it('also replaces the JSON-escaped form of a secret', () => {
    const secret = 'pa"ss\\word-123';
    const redact = createRedactor([secret]);
    expect(redact(JSON.stringify({ output: `the key is ${secret}` }))).toBe('{"output":"the key is [redacted]"}');
  });

  it('ignores values too short to be secrets, and takes secrets added later', () => {
    const redact = createRedactor(['1', '', undefined]);
    expect(redact('1 2 3')).toBe('1 2 3');
    redact.add('ghs_token_value_999');
    expect(redact('token ghs_token_value_999')).toBe('token [redacted]');
    expect(redact.secrets).toEqual(['ghs_token_value_999']);
  });

  it('finds secrets in the environment by their names', () => {
    expect(
      secretsFromEnv({ OPENAI_API_KEY: 'sk-1234567', 'INPUT_API-KEY': 'sk-7654321', ACTIONS_RUNTIME_TOKEN: 'rt-abcdef', PATH: '/usr/bin', HOME: '/root' }).sort(),
    ).toEqual(['rt-abcdef', 'sk-1234567', 'sk-7654321']);
  });
});

describe('neutraliseTerminal', () => {
  it('removes CSI, OSC and other escape sequences and control characters', () => {
    const text = 'a\x1b[31mred\x1b[0m b\x1b]0;title\x07 c\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\ d\x07\x00e\x9b2J';
    expect(neutraliseTerminal(text)).toBe('ared b clink de');
  });

  it('turns a bare carriage return into a line end, so a line cannot be overwritten', () => {
    expect(neutraliseTerminal('error\rllm-gate: verdict pass')).toBe('error\nllm-gate: verdict pass');
    expect(neutraliseTerminal('a\r\nb\tc')).toBe('a\nb\tc');
  });

  it('stays linear on a long run of unterminated sequence starts', () => {
    const text = '\x1b]'.repeat(100_000);
    expect(neutraliseTerminal(text)).toBe('');
  });
});

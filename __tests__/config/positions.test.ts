import { describe, expect, test } from 'vitest';
import { parseEvalFile } from '../../src/config/documents.js';
import { parseYaml } from '../../src/config/positions.js';
import { LlmGateError } from '../../src/errors.js';

const YAML = `models:
  baseline:
    model: gpt-4o
    price: { input: 2.5, output: "10" }
  candidate:
    model: 'x'
evals:
  - a.yaml
  - b.yaml
prompt:
  system: |
    You are helpful.
empty:
`;

describe('YAML positions', () => {
  const doc = parseYaml(YAML, 'llm-gate.yml');

  test('point at values, keys, list items and flow mappings', () => {
    expect(doc.locate(['models', 'baseline', 'model'])).toEqual({ line: 3, column: 12 });
    expect(doc.locate(['models', 'baseline', 'model'], 'key')).toEqual({ line: 3, column: 5 });
    expect(doc.locate(['models', 'baseline', 'price', 'output'])).toEqual({ line: 4, column: 34 });
    expect(doc.locate(['evals', 1])).toEqual({ line: 9, column: 5 });
  });

  test('put a quoted value at its opening quote', () => {
    expect(doc.locate(['models', 'candidate', 'model'])).toEqual({ line: 6, column: 12 });
  });

  test('show a value that starts on a later line, or an empty one, at its key', () => {
    expect(doc.locate(['prompt', 'system'])).toEqual({ line: 11, column: 3 });
    expect(doc.locate(['models', 'baseline'])).toEqual({ line: 2, column: 3 });
    expect(doc.locate(['empty'])).toEqual({ line: 13, column: 1 });
  });

  test('show a missing path at its nearest existing ancestor key', () => {
    expect(doc.locate(['models', 'baseline', 'price', 'cachedInput'])).toEqual({ line: 4, column: 5 });
    expect(doc.locate(['judge', 'model'])).toEqual({ line: 1, column: 1 });
  });

  test('turn syntax errors into located LlmGateErrors', () => {
    let error: unknown;
    try {
      parseYaml('a: 1\nb: [1, 2\nc: 3\n', 'x.yml');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(LlmGateError);
    expect((error as LlmGateError).file).toBe('x.yml');
    expect((error as LlmGateError).line).toBe(3);
  });
});

describe('eval file positions', () => {
  test('YAML cases keep their own lines', () => {
    const cases = parseEvalFile('# comment\n- id: a\n  prompt: x\n\n- id: b\n  prompt: y\n', 'e.yaml', 'yaml');
    expect(cases.map((c) => c.doc.locate(c.base))).toEqual([
      { line: 2, column: 3 },
      { line: 5, column: 3 },
    ]);
    expect(cases[1]!.doc.locate([...cases[1]!.base, 'prompt'])).toEqual({ line: 6, column: 11 });
  });

  test('JSONL lines map to file lines, with blank lines and CRLF allowed', () => {
    const text = '{"id": "a"}\r\n\r\n   \n{"id": "b", "prompt": "y"}\n';
    const cases = parseEvalFile(text, 'e.jsonl', 'jsonl');
    expect(cases.map((c) => c.raw)).toEqual([{ id: 'a' }, { id: 'b', prompt: 'y' }]);
    expect(cases[1]!.doc.locate(['prompt'])).toEqual({ line: 4, column: 23 });
  });

  test('the root of a JSONL case is where the event parser puts it, found without parsing the line', () => {
    const lines = ['{"id": "a"}', '   {"id": "b", "vars": {"id": 1}}', '\t{"id": "t"}', '{"id":"c","expect":[{"type":"contains","value":"ok"}]}'];
    const cases = parseEvalFile(`${lines.join('\n')}\n`, 'e.jsonl', 'jsonl');
    lines.forEach((line, i) => {
      expect(cases[i]!.doc.locate([])).toEqual(parseYaml(line, 'e.jsonl', i).locate([]));
    });
    // Asking for a field still finds it on its line.
    expect(cases[1]!.doc.locate(['vars', 'id'])).toEqual(parseYaml(lines[1]!, 'e.jsonl', 1).locate(['vars', 'id']));
  });

  test('a JSONL syntax error names its line', () => {
    expect(() => parseEvalFile('{"id": "a"}\n{"id": }\n', 'e.jsonl', 'jsonl')).toThrow(LlmGateError);
    try {
      parseEvalFile('{"id": "a"}\n{"id": }\n', 'e.jsonl', 'jsonl');
    } catch (err) {
      expect((err as LlmGateError).line).toBe(2);
      expect((err as LlmGateError).column).toBe(8);
    }
  });
});

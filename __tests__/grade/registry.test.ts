import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { graders } from '../../src/grade/registry.js';

describe('grader registry', () => {
  it('holds exactly the graders of the contract', () => {
    expect(Object.keys(graders).sort()).toEqual(
      ['contains', 'equals', 'json', 'json-fields', 'label', 'llm-judge', 'not-contains', 'regex'].sort(),
    );
  });

  it.each(Object.entries(graders))('%s describes every option in its JSON Schema, defaults included', (_name, grader) => {
    expect(grader.description.length).toBeGreaterThan(10);
    const schema = z.toJSONSchema(grader.options, { io: 'input' }) as {
      properties: Record<string, { description?: string; default?: unknown }>;
    };
    const props = Object.entries(schema.properties);
    expect(props.length).toBeGreaterThan(0);
    for (const [key, prop] of props) {
      expect(prop.description, key).toBeTruthy();
      // Docs are generated from descriptions: the stated default must be the real one.
      if (prop.default !== undefined) expect(prop.description, key).toContain(`Default: ${JSON.stringify(prop.default)}.`);
    }
  });
});

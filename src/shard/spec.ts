// `i/n`, as the CLI's --shard and the Action's shard input write it.
import { LlmGateError } from '../errors.js';

/** "2/3": shard 2 of 3 (1-based). The CLI flag and the Action input read it alike. */
export function parseShard(text: string, what: string): { index: number; count: number } {
  const m = /^\s*(\d{1,4})\s*\/\s*(\d{1,4})\s*$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new LlmGateError(`${what} expects i/n with 1 ≤ i ≤ n, e.g. 2/3, got ${JSON.stringify(text)}`, { code: 'usage', hint: 'shards are numbered from 1' });
  }
  return { index, count };
}


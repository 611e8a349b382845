import { describe, expect, it } from 'vitest';
import { parseShard, shardCases, shardOf } from '../../src/shard/index.js';

const cases = Array.from({ length: 3000 }, (_, i) => ({ id: `case-${i}`, tags: [i % 3 === 0 ? 'a' : i % 3 === 1 ? 'b' : 'c'] }));

describe('shard assignment', () => {
  it('puts every case in exactly one shard', () => {
    const shards = [1, 2, 3, 4].map((index) => shardCases(cases, { index, count: 4 }));
    expect(shards.reduce((n, s) => n + s.length, 0)).toBe(cases.length);
    expect(new Set(shards.flat().map((c) => c.id)).size).toBe(cases.length);
  });

  it('is stable when cases are added: no existing case moves', () => {
    const before = new Map(cases.map((c) => [c.id, shardOf(c, 5)]));
    const more = [...cases, ...Array.from({ length: 500 }, (_, i) => ({ id: `new-${i}`, tags: ['a'] }))];
    for (const c of more.slice(0, cases.length)) expect(shardOf(c, 5)).toBe(before.get(c.id));
  });

  it('splits each tag about evenly', () => {
    for (const tag of ['a', 'b', 'c']) {
      const members = cases.filter((c) => c.tags[0] === tag);
      for (let index = 1; index <= 3; index++) {
        const n = shardCases(members, { index, count: 3 }).length;
        // 1000 per tag: within 5 standard deviations of 333.
        expect(Math.abs(n - 1000 / 3)).toBeLessThan(5 * Math.sqrt((1000 * 2) / 9));
      }
    }
  });

  it('reads i/n and refuses anything else', () => {
    expect(parseShard('2/3', '--shard')).toEqual({ index: 2, count: 3 });
    for (const bad of ['0/3', '4/3', '3', 'a/b', '1/0', '-1/2']) expect(() => parseShard(bad, '--shard')).toThrow(/i\/n/);
  });
});

// Which shard a case belongs to. Hash-based and stable: a case's shard depends only on its
// id and the shard count (rendezvous hashing: the shard whose hash with the id is highest),
// so adding, removing or editing other cases never moves it, and every shard computes the
// same split without talking to the others. Stratified by tag: within each tag stratum
// (the case's sorted tags), the hash is taken of the id salted with the stratum, so each
// stratum splits on its own, about evenly.
import { createHash } from 'node:crypto';
import type { EvalCase } from '../types.js';

export interface ShardSpec {
  /** 1-based. */
  index: number;
  count: number;
}

/** The 1-based shard of one case among `count`: one SHA-256 of the case, then a 32-bit mix per shard. */
export function shardOf(c: Pick<EvalCase, 'id' | 'tags'>, count: number): number {
  const stratum = [...c.tags].sort().join('\u0000');
  const digest = createHash('sha256').update(`${stratum}\u0001${c.id}`).digest();
  const a = digest.readUInt32BE(0);
  const b = digest.readUInt32BE(4);
  let best = 1;
  let bestScore = -1;
  for (let shard = 1; shard <= count; shard++) {
    const score = mix(a ^ Math.imul(shard, 0x9e3779b9), b);
    if (score > bestScore) {
      bestScore = score;
      best = shard;
    }
  }
  return best;
}

/** murmur3's finaliser over two words: a well-spread 32-bit score per (case, shard). */
function mix(x: number, y: number): number {
  let h = (x ^ Math.imul(y, 0x85ebca6b)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The cases of one shard, in eval-set order. */
export function shardCases<T extends Pick<EvalCase, 'id' | 'tags'>>(cases: readonly T[], spec: ShardSpec): T[] {
  return cases.filter((c) => shardOf(c, spec.count) === spec.index);
}

// Seeded randomness for the bootstrap. The same eval set must give the same report,
// so the generator is seeded from the eval set's content hash, never from the clock.
// xoshiro128** (Blackman & Vigna): 32-bit state words that V8 keeps as small ints,
// a 2^128 − 1 period and no linear artefacts in the low bits, which matter because
// case indices are drawn from them. splitmix32 spreads a single seed over the state.

/** A generator of uniform unsigned 32-bit integers. */
export type Uint32Source = () => number;

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

const rotl = (x: number, k: number): number => (x << k) | (x >>> (32 - k));

export function xoshiro128ss(seed: number): Uint32Source {
  const init = splitmix32(seed);
  let s0 = init() | 0;
  let s1 = init() | 0;
  let s2 = init() | 0;
  let s3 = init() | 0;
  // An all-zero state is the one fixed point; splitmix32 never yields four zeros, but be sure.
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1;
  return () => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result;
  };
}

const TWO_32 = 4294967296;

/** A uniform integer in [0, n) (n ≤ 2^32; the bias is below n / 2^32, negligible for case counts). */
export function nextIndex(source: Uint32Source, n: number): number {
  return Math.floor((source() / TWO_32) * n);
}

/**
 * A 32-bit seed from the eval set's content hash: its first 8 hex digits when it is hex
 * (a sha256 is), otherwise FNV-1a of the text, so any label still seeds deterministically.
 */
export function seedFromHash(hash: string): number {
  if (/^[0-9a-f]{8}/i.test(hash)) return Number.parseInt(hash.slice(0, 8), 16) >>> 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < hash.length; i++) {
    h ^= hash.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** 32-bit FNV-1a: cheap, stable, good enough to spread string keys into seeds. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a uniform float in [0, 1) per call; tiny and fast, plenty for jitter and simulation. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Seeded randomness for the simulator. Every draw is keyed by what a request is (seed,
// model, prompt fingerprint, occurrence), never by arrival order, so a run under any
// concurrency serves the same answers, latencies and faults for a given seed.
/** 32-bit FNV-1a: cheap, stable, good enough to spread string keys. */
export function hashString(text, seed = 0x811c9dc5) {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
}
/** Folds numbers into one well-mixed 32-bit seed (murmur3 finaliser per step). */
export function mix(...parts) {
    let h = 0x9e3779b9;
    for (const part of parts) {
        h = Math.imul(h ^ (part >>> 0), 0x85ebca6b);
        h ^= h >>> 13;
        h = Math.imul(h, 0xc2b2ae35);
        h ^= h >>> 16;
    }
    return h >>> 0;
}
/** mulberry32: tiny, fast, and plenty for simulation (not for cryptography). */
export function mulberry32(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/** Independent streams per purpose, so adding a fault draw never shifts the answer draws. */
export const STREAM = { latency: 1, fault: 2, answer: 3, tokens: 4 };
export function streamFor(key, stream) {
    return mulberry32(mix(key, stream));
}
/** A standard normal sample (Box–Muller). */
export function normal(random) {
    const u = 1 - random(); // (0, 1]: log(0) is never taken
    const v = random();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
const Z95 = 1.6448536269514722;
/** Log-normal parameters whose median and p95 are exactly the profile's. */
export function logNormalParams(profile) {
    if (!(profile.medianMs > 0) || !(profile.p95Ms >= profile.medianMs)) {
        throw new RangeError(`latency profile needs 0 < medianMs ≤ p95Ms, got ${profile.medianMs} / ${profile.p95Ms}`);
    }
    const mu = Math.log(profile.medianMs);
    return { mu, sigma: (Math.log(profile.p95Ms) - mu) / Z95 };
}
export function sampleLogNormal(params, random) {
    return Math.exp(params.mu + params.sigma * normal(random));
}
/** Picks one element; the list must not be empty. */
export function pick(random, items) {
    const item = items[Math.floor(random() * items.length)];
    if (item === undefined)
        throw new RangeError('pick() from an empty list');
    return item;
}
/** A shuffled copy (Fisher–Yates). */
export function shuffle(random, items) {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
}

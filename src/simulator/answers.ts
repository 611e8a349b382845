// The answer key: which case a prompt belongs to, and whether a simulated model gets it
// right. Difficulty is a property of the case (from its id) shared by every model, and the
// caller draws with the same random numbers for every model, so two models' scores are
// correlated as in real evals: both miss the same hard cases.
import { createHash } from 'node:crypto';
import type { EvalCase } from '../types.js';
import { collectFacts, wrongOutput, type SetFacts } from './corrupt.js';
import { idealOf } from './ideal.js';
import { hashString, mix, type Random } from './rng.js';

export interface KeyedCase {
  evalCase: EvalCase;
  ideal?: string;
  /** In [0, 1): 0 is the easiest case. */
  difficulty: number;
}

/** sha1 of the JSON of [{role, content}]: what the gate sends for a case is exactly its messages. */
export function fingerprint(messages: readonly { role: unknown; content: unknown }[]): string {
  const plain = messages.map((m) => ({ role: m.role, content: m.content }));
  return createHash('sha1').update(JSON.stringify(plain)).digest('hex');
}

export function difficultyOf(caseId: string): number {
  return mix(hashString(caseId)) / 4294967296;
}

// Weight of the case's fixed difficulty against the per-occurrence draw: 1 makes a case
// always right or always wrong for a model; lower lets repeats of a case disagree.
const SHARED = 0.75;

/** CDF of w·D + (1−w)·V for independent uniforms D, V: maps the mix back to uniform. */
function mixedCdf(s: number, w: number): number {
  const a = Math.min(w, 1 - w);
  const b = Math.max(w, 1 - w);
  if (s <= 0) return 0;
  if (s >= 1) return 1;
  if (s < a) return (s * s) / (2 * a * b);
  if (s <= b) return (s - a / 2) / b;
  return 1 - ((1 - s) * (1 - s)) / (2 * a * b);
}

/**
 * True with probability `quality` overall; which cases fail is driven mostly by their difficulty.
 * `own` is the model's own draw in [0, 1): shifting the shared draw by a fraction of it (mod 1)
 * keeps it uniform, so `quality` still holds, while two models now disagree on borderline cases —
 * a better model still loses a few cases, as real upgrades do.
 */
export function answersRight(difficulty: number, quality: number, random: Random, own = 0): boolean {
  const shared = (random() + OWN_WEIGHT * own) % 1;
  const s = SHARED * difficulty + (1 - SHARED) * shared;
  return mixedCdf(s, SHARED) < quality;
}

/** How far a model's own draw moves the shared one: 0 = models err on exactly the same cases. */
const OWN_WEIGHT = 0.5;

export class AnswerKey {
  private readonly byFingerprint = new Map<string, KeyedCase>();
  private readonly facts: SetFacts;

  constructor(cases: readonly EvalCase[]) {
    for (const c of cases) {
      const keyed = { evalCase: c, ideal: idealOf(c), difficulty: difficultyOf(c.id) };
      // A model with a prompt of its own sends the case differently: both renderings find it.
      for (const messages of [c.messages, ...Object.values(c.sideMessages ?? {})]) if (messages) this.byFingerprint.set(fingerprint(messages), keyed);
    }
    this.facts = collectFacts(cases);
  }

  lookup(fp: string): KeyedCase | undefined {
    return this.byFingerprint.get(fp);
  }

  answer(keyed: KeyedCase, quality: number, random: Random, own = 0): { text: string; correct: boolean } {
    // No ideal and nothing to derive one from: the simulator cannot know a right answer.
    if (keyed.ideal === undefined) return { text: genericAnswer(random), correct: false };
    if (answersRight(keyed.difficulty, quality, random, own)) return { text: keyed.ideal, correct: true };
    return { text: wrongOutput(keyed.evalCase, keyed.ideal, this.facts, random), correct: false };
  }
}

const SENTENCES = [
  'Thanks for reaching out.',
  'Here is a short summary of the request and the next steps.',
  'The details you provided are enough to proceed.',
  'I checked the information against the usual policy.',
  'If anything is missing, reply with the order number and the date.',
  'Most requests like this are resolved within two business days.',
  'Let me know if you need the full breakdown.',
  'The main points are listed below in order of priority.',
];

/** A plausible answer of 20–120 tokens for a prompt that matches no case. */
export function genericAnswer(random: Random): string {
  const targetChars = 80 + Math.floor(random() * 400);
  const parts: string[] = [];
  let length = 0;
  while (length < targetChars) {
    const sentence = SENTENCES[Math.floor(random() * SENTENCES.length)] as string;
    parts.push(sentence);
    length += sentence.length + 1;
  }
  return parts.join(' ');
}

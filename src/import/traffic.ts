// Production traffic → an llm-gate eval set. Pure: lines in (with where they came from),
// cases and a summary out. Each line is one exchange; a malformed line is counted with its
// line number and never stops the rest. Exchanges are recognised (shapes.ts), masked
// (mask.ts) before anything else sees their text, deduplicated on the masked request,
// sampled (sample.ts), and each becomes a case whose grader compares the candidate's answer
// with production's: an llm-judge "at least as good as the reference", or `equals` for
// deterministic structured output.
import { createHash } from 'node:crypto';
import { jsonDepthProblem } from '../config/nesting.js';
import { lookupVar } from '../config/template.js';
import type { ChatMessage } from '../types.js';
import { maskText, type MaskCounts } from './mask.js';
import { stratifiedSample, type Allocation } from './sample.js';
import { isDeterministicStructured, recognise, type Exchange, type Shape, type SkipReason } from './shapes.js';

export const IMPORT_LIMITS = {
  /** A longer line is skipped as malformed: no single exchange is that large. */
  maxLineChars: 4 * 1024 * 1024,
  /** Line numbers kept per skip reason, for the summary. */
  shownLines: 20,
  /** Characters of a slice value kept in a tag. */
  maxTagChars: 60,
} as const;

export const JUDGE_RUBRIC =
  'The output is at least as good as the reference answer, which production gave to the same input: as correct, as complete, as helpful, and in the same format. Judge the substance, not the wording.';

export interface ImportOptions {
  /** Take exactly this many (all, when there are fewer). Default: all. */
  sample?: number;
  /** Dotted path into each record to stratify by ("metadata.route"). */
  by?: string;
  seed: number;
  /** Mask likely secrets and personal data. Default: true. */
  mask: boolean;
}

export interface LogLine {
  source: string;
  line: number;
  text: string;
  /** The reader cut the line at the size limit. */
  tooLong?: boolean;
}

export interface ImportedCase {
  id: string;
  tags: string[];
  messages: ChatMessage[];
  reference: string;
  expect: Record<string, unknown>[];
}

export type LineProblem = 'malformed' | 'too-long' | SkipReason;

export interface ImportSummary {
  read: number;
  blank: number;
  exchanges: number;
  duplicates: number;
  skipped: Partial<Record<LineProblem, { count: number; lines: string[] }>>;
  shapes: Partial<Record<Shape, number>>;
  masked: MaskCounts;
  /** Lines with at least one masked finding. */
  maskedLines: number;
  written: number;
  graders: { 'llm-judge': number; equals: number };
  slices?: { by: string; allocation: Allocation[] };
}

interface Kept {
  exchange: Exchange;
  messages: ChatMessage[];
  answer: string;
  source: string;
  slice: string;
}

const NO_SLICE = '(none)';

function sliceValue(record: Record<string, unknown>, path: string): string {
  const v = lookupVar(record, path);
  if (typeof v === 'string' && v !== '') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return NO_SLICE;
}

const tagSafe = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, IMPORT_LIMITS.maxTagChars) || NO_SLICE;

export function importTraffic(lines: Iterable<LogLine>, options: ImportOptions): { cases: ImportedCase[]; summary: ImportSummary } {
  const summary: ImportSummary = { read: 0, blank: 0, exchanges: 0, duplicates: 0, skipped: {}, shapes: {}, masked: {}, maskedLines: 0, written: 0, graders: { 'llm-judge': 0, equals: 0 } };
  const skip = (reason: LineProblem, at: LogLine) => {
    const s = (summary.skipped[reason] ??= { count: 0, lines: [] });
    s.count++;
    if (s.lines.length < IMPORT_LIMITS.shownLines) s.lines.push(`${at.source}:${at.line}`);
  };
  const kept: Kept[] = [];
  const seen = new Set<string>();
  for (const at of lines) {
    summary.read++;
    if (at.tooLong) {
      skip('too-long', at);
      continue;
    }
    if (at.text.trim() === '') {
      summary.blank++;
      continue;
    }
    let value: unknown;
    if (jsonDepthProblem(at.text)) {
      skip('malformed', at);
      continue;
    }
    try {
      value = JSON.parse(at.text);
    } catch {
      skip('malformed', at);
      continue;
    }
    const r = recognise(value);
    if (!r.ok) {
      skip(r.reason, at);
      continue;
    }
    summary.exchanges++;
    const counts: MaskCounts = {};
    const mask = (text: string) => (options.mask ? maskText(text, counts) : text);
    const messages = r.exchange.messages.map((m) => ({ role: m.role, content: mask(m.content) }));
    const answer = mask(r.exchange.answer);
    const slice = options.by ? tagSafe(mask(sliceValue(r.exchange.record, options.by))) : NO_SLICE;
    const found = Object.values(counts).reduce((a, b) => a + b, 0);
    if (found > 0) {
      summary.maskedLines++;
      for (const [k, n] of Object.entries(counts)) summary.masked[k] = (summary.masked[k] ?? 0) + n;
    }
    // The same request asked twice is one case: the first answer is kept.
    const key = createHash('sha256').update(JSON.stringify(messages)).digest('hex');
    if (seen.has(key)) {
      summary.duplicates++;
      continue;
    }
    seen.add(key);
    summary.shapes[r.exchange.shape] = (summary.shapes[r.exchange.shape] ?? 0) + 1;
    kept.push({ exchange: r.exchange, messages, answer, source: at.source, slice });
  }

  let chosen = kept;
  if (options.sample !== undefined || options.by !== undefined) {
    const n = options.sample ?? kept.length;
    const { picked, allocation } = stratifiedSample(kept, (k) => k.slice, n, options.seed);
    chosen = picked.map((i) => kept[i]!);
    if (options.by) summary.slices = { by: options.by, allocation };
  }

  const ids = new Set<string>();
  const sliceKey = options.by ? (options.by.split('.').pop() ?? options.by) : undefined;
  const cases = chosen.map((k) => {
    const hash = createHash('sha256').update(JSON.stringify(k.messages)).digest('hex');
    let id = `prod-${hash.slice(0, 12)}`;
    for (let n = 2; ids.has(id); n++) id = `prod-${hash.slice(0, 12)}-${n}`;
    ids.add(id);
    const deterministic = isDeterministicStructured(k.exchange.params);
    const expect = deterministic ? [{ type: 'equals', value: k.answer }] : [{ type: 'llm-judge', rubric: JUDGE_RUBRIC }];
    summary.graders[deterministic ? 'equals' : 'llm-judge']++;
    const tags = [`source:${tagSafe(k.source)}`];
    if (sliceKey) tags.push(`${sliceKey}:${k.slice}`);
    return { id, tags, messages: k.messages, reference: k.answer, expect };
  });
  summary.written = cases.length;
  return { cases, summary };
}

const REASON_WORDS: Record<LineProblem, string> = {
  malformed: 'not JSON',
  'too-long': `longer than ${IMPORT_LIMITS.maxLineChars / 1024 / 1024} MB`,
  unrecognised: 'not a recognised log shape',
  'no-messages': 'no request messages with a user turn',
  'no-answer': 'no answer in the response',
  'not-text': 'tool calls or non-text content',
  'failed-call': 'the call failed',
};

/** The summary as lines for a terminal. */
export function summaryLines(s: ImportSummary, out: string): string[] {
  const lines = [`read ${s.read} line${s.read === 1 ? '' : 's'}: ${s.exchanges} exchanges${s.blank > 0 ? `, ${s.blank} blank` : ''}`];
  const shapes = Object.entries(s.shapes).map(([k, n]) => `${n} ${k}`).join(', ');
  if (shapes) lines.push(`shapes: ${shapes}`);
  for (const [reason, v] of Object.entries(s.skipped) as [LineProblem, { count: number; lines: string[] }][]) {
    lines.push(`skipped ${v.count} (${REASON_WORDS[reason]}): ${v.lines.join(', ')}${v.count > v.lines.length ? ', ...' : ''}`);
  }
  if (s.duplicates > 0) lines.push(`dropped ${s.duplicates} duplicate request${s.duplicates === 1 ? '' : 's'}`);
  const masked = Object.entries(s.masked).map(([k, n]) => `${n} ${k}`).join(', ');
  lines.push(masked ? `masked ${masked} (in ${s.maskedLines} exchange${s.maskedLines === 1 ? '' : 's'})` : 'masked nothing');
  if (s.slices) lines.push(`sampled by ${s.slices.by}: ${s.slices.allocation.map((a) => `${a.slice} ${a.taken}/${a.available}`).join(', ')}`);
  lines.push(`wrote ${s.written} case${s.written === 1 ? '' : 's'} to ${out} (${s.graders['llm-judge']} llm-judge against the reference, ${s.graders.equals} equals)`);
  return lines;
}

// Decides the reply to one request (Chat Completions, or the Responses API read as the chat
// request it stands for): an error, a reset, or a body to send after a sampled delay, whole
// or as a stream whose first content delta comes at a sampled first-token time. No sockets
// here, so the decision logic is plain and cheap; the server only executes the plan and times it.
import { AnswerKey, fingerprint, genericAnswer } from './answers.js';
import { createFaultPicker, type Fault } from './faults.js';
import { judge, judgeGrades, JUDGE_TOOL } from './judge.js';
import { hashString, logNormalParams, mix, sampleLogNormal, STREAM, streamFor } from './rng.js';
import type { FaultKind, ModelProfile, SimulatorOptions } from './types.js';
import { completionBody, contentText, errorForStatus, errors, promptTokens, textTokens, type WireError, type WireMessage } from './wire.js';
import { chatFormOf, responseObject, streamParts, type AnswerParts, type WireApi } from './responses-wire.js';

export type Reply =
  | { kind: 'error'; error: WireError; retryAfterMs?: number; fault?: FaultKind; model: string; caseId?: string }
  | { kind: 'reset'; fault: FaultKind; model: string; caseId?: string }
  | {
      kind: 'ok';
      /** Milliseconds after arrival at which the response should be complete. */
      dueMs: number;
      /** The whole body (not streamed). */
      body: string;
      /** Streamed: the event stream's parts (see streamParts) and when the first content delta is due. */
      stream?: { head: string; first: string; rest: string; firstTokenMs: number };
      /** Send only this many characters of `body` (a truncated-body fault). */
      cutAt?: number;
      fault?: FaultKind;
      model: string;
      caseId?: string;
      tokens: { prompt: number; completion: number; cached: number; reasoning: number };
    };

type Json = Record<string, unknown>;

interface ResolvedProfile {
  profile: Omit<ModelProfile, 'id'>;
  latency: { mu: number; sigma: number };
  firstToken?: { mu: number; sigma: number };
}

export type Responder = (body: unknown, seq: number, api?: WireApi) => Reply;

/** Share of an answer's latency before its first token, when the profile sets no firstToken latency. */
export const DEFAULT_FIRST_TOKEN_SHARE = 0.3;

export function createResponder(options: SimulatorOptions): Responder {
  const seed = options.seed ?? 1;
  const scale = options.latencyScale ?? 1;
  const key = new AnswerKey(options.cases ?? []);
  const pickFault = createFaultPicker(options.faults);
  const now = options.now ?? (() => Math.floor(Date.now() / 1000));
  const profiles = new Map<string, ResolvedProfile>();
  const resolve = (p: Omit<ModelProfile, 'id'>): ResolvedProfile => ({
    profile: p,
    latency: logNormalParams(p.latency),
    ...(p.firstToken ? { firstToken: logNormalParams(p.firstToken) } : {}),
  });
  for (const p of options.models) profiles.set(p.id, resolve(p));
  const fallback = options.unknownModel && options.unknownModel !== 'not-found' ? resolve(options.unknownModel) : undefined;
  // Attempts count every request (faults and latency draw from them); answers count only
  // clean responses, so a retried call gets the answer the failed attempt would have had.
  const attempts = new Map<string, number>();
  const answered = new Map<string, number>();

  return (raw, seq, api = 'chat') => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { kind: 'error', error: errors.invalidJson(), model: '' };
    const body = api === 'responses' ? chatFormOf(raw as Json) : (raw as Json);
    const model = typeof body.model === 'string' ? body.model : '';
    const invalid = validate(body, api);
    if (invalid) return { kind: 'error', error: invalid, model };
    const resolved = profiles.get(model) ?? fallback;
    if (!resolved) return { kind: 'error', error: errors.modelNotFound(model), model };
    const messages = body.messages as WireMessage[];

    const fp = fingerprint(messages);
    const keyed = key.lookup(fp);
    const caseId = keyed?.evalCase.id;
    const counterKey = `${model}\n${fp}`;
    const attempt = attempts.get(counterKey) ?? 0;
    attempts.set(counterKey, attempt + 1);
    const promptHash = mix(parseInt(fp.slice(0, 8), 16), parseInt(fp.slice(8, 16), 16));
    const base = mix(seed, hashString(model), promptHash);
    const attemptKey = mix(base, attempt);

    const fault: Fault | undefined = pickFault(model, streamFor(attemptKey, STREAM.fault));
    if (fault && typeof fault.kind === 'number') {
      return { kind: 'error', error: errorForStatus(fault.kind, model, fault.retryAfterMs), retryAfterMs: fault.retryAfterMs, fault: fault.kind, model, caseId };
    }
    if (fault?.kind === 'reset') return { kind: 'reset', fault: 'reset', model, caseId };

    const occurrence = answered.get(counterKey) ?? 0;
    if (!fault) answered.set(counterKey, occurrence + 1);
    // What is answered depends mostly on the prompt (common random numbers), so a run of 60
    // cases shows a 2-point gap as about 2 points; the model's own draw makes the two models
    // disagree on borderline cases, so an upgrade can still lose a few.
    const answerKey = mix(seed, 0x5eed, promptHash, occurrence);
    const ownDraw = streamFor(mix(base, 0x0a11, occurrence), STREAM.answer)();
    const tokenKey = mix(base, 0x70c5, occurrence);
    const { profile } = resolved;
    const grades = judgeGrades(body);
    const prompt = promptTokens(messages, body.tools);
    const cached = prompt >= (profile.cacheMinPromptTokens ?? 0) ? Math.floor(prompt * (profile.cachedPromptFraction ?? 0)) : 0;
    const tokenRandom = streamFor(tokenKey, STREAM.tokens);
    let reasoning = Math.round((profile.reasoningTokens ?? 0) * (0.5 + tokenRandom()));

    let content: string | null;
    let toolArguments: string | undefined;
    let finishReason: 'stop' | 'length' = 'stop';
    let output: number;
    if (grades) {
      const userText = messages.filter((m) => m.role === 'user').map((m) => contentText(m.content)).join('\n');
      toolArguments = JSON.stringify(judge({ grades, userText }));
      content = null;
      output = textTokens(toolArguments) + 4;
    } else {
      const random = streamFor(answerKey, STREAM.answer);
      content = keyed ? key.answer(keyed, qualityFor(profile, keyed.evalCase.tags), random, ownDraw).text : genericAnswer(random);
      output = Math.max(1, textTokens(content));
      // max_tokens caps reasoning and visible output together, as OpenAI bills them.
      const limit = typeof body.max_completion_tokens === 'number' ? body.max_completion_tokens : typeof body.max_tokens === 'number' ? body.max_tokens : undefined;
      if (limit !== undefined && reasoning + output > limit) {
        reasoning = Math.min(reasoning, limit);
        output = limit - reasoning;
        content = content.slice(0, output * 4);
        finishReason = 'length';
      }
    }

    const latencyRandom = streamFor(attemptKey, STREAM.latency);
    const sampled = sampleLogNormal(resolved.latency, latencyRandom) * scale;
    const parts: AnswerParts = {
      id: `sim${seq.toString(36).padStart(6, '0')}${(attemptKey >>> 8).toString(36)}`,
      created: now(),
      model,
      content,
      ...(toolArguments === undefined ? {} : { toolCall: { id: `call_sim${attemptKey.toString(36)}`, name: JUDGE_TOOL, arguments: toolArguments } }),
      finishReason,
      usage: { prompt, cached, output, reasoning },
    };
    const streamed = body.stream === true;
    // The first token comes before the answer is complete: its own draw when the profile has
    // one (capped at the answer's time), else a fixed share of it.
    const firstTokenMs = resolved.firstToken
      ? Math.min(sampled, sampleLogNormal(resolved.firstToken, latencyRandom) * scale)
      : sampled * DEFAULT_FIRST_TOKEN_SHARE;
    const text = streamed
      ? ''
      : JSON.stringify(api === 'responses' ? responseObject(parts) : completionBody({ ...parts, id: `chatcmpl-${parts.id}`, toolCall: parts.toolCall }));
    const dueMs = fault?.kind === 'stall' ? fault.stallMs : sampled;
    return {
      kind: 'ok',
      dueMs,
      body: text,
      ...(streamed ? { stream: { ...streamParts(api, parts), firstTokenMs: Math.min(firstTokenMs, dueMs) } } : {}),
      cutAt: fault?.kind === 'truncated' ? Math.floor(text.length * 0.6) : undefined,
      fault: fault?.kind,
      model,
      caseId,
      tokens: { prompt, completion: output + reasoning, cached, reasoning },
    };
  };
}

function validate(body: Json, api: WireApi): WireError | undefined {
  if (body.model === undefined) return errors.missingParam('model');
  if (typeof body.model !== 'string') return errors.invalidParam('model', `Invalid type for 'model': expected a string, but got ${typeof body.model} instead.`);
  const list = api === 'responses' ? 'input' : 'messages';
  if (body.messages === undefined) return errors.missingParam(list);
  if (!Array.isArray(body.messages)) return errors.invalidParam(list, `Invalid type for '${list}': expected an array of objects.`);
  if (body.messages.length === 0) {
    return errors.invalidParam('messages', "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.");
  }
  for (const [i, m] of body.messages.entries()) {
    if (typeof m !== 'object' || m === null || typeof (m as Json).role !== 'string') {
      return errors.missingParam(`messages[${i}].role`);
    }
  }
  return undefined;
}

/** The model's quality on a case: its quality on the first of the case's tags it lists, else its overall quality. */
function qualityFor(profile: Pick<ModelProfile, 'quality' | 'qualityByTag'>, tags: readonly string[]): number {
  const byTag = profile.qualityByTag;
  if (byTag) for (const tag of tags) if (Object.hasOwn(byTag, tag)) return byTag[tag]!;
  return profile.quality;
}

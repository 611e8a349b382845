// Decides the reply to one chat completion request: an error, a reset, or a body to send
// after a sampled delay. No sockets here, so the decision logic is plain and cheap; the
// server only executes the plan and times it.
import { AnswerKey, fingerprint, genericAnswer } from './answers.js';
import { createFaultPicker, type Fault } from './faults.js';
import { judge, judgeGrades, JUDGE_TOOL } from './judge.js';
import { hashString, logNormalParams, mix, sampleLogNormal, STREAM, streamFor } from './rng.js';
import type { FaultKind, ModelProfile, SimulatorOptions } from './types.js';
import { completionBody, contentText, errorForStatus, errors, promptTokens, textTokens, type WireError, type WireMessage } from './wire.js';

export type Reply =
  | { kind: 'error'; error: WireError; retryAfterMs?: number; fault?: FaultKind; model: string; caseId?: string }
  | { kind: 'reset'; fault: FaultKind; model: string; caseId?: string }
  | {
      kind: 'ok';
      /** Milliseconds after arrival at which the response should be complete. */
      dueMs: number;
      body: string;
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
}

export type Responder = (body: unknown, seq: number) => Reply;

export function createResponder(options: SimulatorOptions): Responder {
  const seed = options.seed ?? 1;
  const scale = options.latencyScale ?? 1;
  const key = new AnswerKey(options.cases ?? []);
  const pickFault = createFaultPicker(options.faults);
  const now = options.now ?? (() => Math.floor(Date.now() / 1000));
  const profiles = new Map<string, ResolvedProfile>();
  for (const p of options.models) profiles.set(p.id, { profile: p, latency: logNormalParams(p.latency) });
  const fallback =
    options.unknownModel && options.unknownModel !== 'not-found'
      ? { profile: options.unknownModel, latency: logNormalParams(options.unknownModel.latency) }
      : undefined;
  // Attempts count every request (faults and latency draw from them); answers count only
  // clean responses, so a retried call gets the answer the failed attempt would have had.
  const attempts = new Map<string, number>();
  const answered = new Map<string, number>();

  return (raw, seq) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { kind: 'error', error: errors.invalidJson(), model: '' };
    const body = raw as Json;
    const model = typeof body.model === 'string' ? body.model : '';
    const invalid = validate(body);
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
      content = keyed ? key.answer(keyed, profile.quality, random, ownDraw).text : genericAnswer(random);
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

    const sampled = sampleLogNormal(resolved.latency, streamFor(attemptKey, STREAM.latency)) * scale;
    const text = JSON.stringify(
      completionBody({
        id: `chatcmpl-sim${seq.toString(36).padStart(6, '0')}${(attemptKey >>> 8).toString(36)}`,
        created: now(),
        model,
        content,
        toolCall: toolArguments === undefined ? undefined : { id: `call_sim${attemptKey.toString(36)}`, name: JUDGE_TOOL, arguments: toolArguments },
        finishReason,
        usage: { prompt, cached, output, reasoning },
      }),
    );
    return {
      kind: 'ok',
      dueMs: fault?.kind === 'stall' ? fault.stallMs : sampled,
      body: text,
      cutAt: fault?.kind === 'truncated' ? Math.floor(text.length * 0.6) : undefined,
      fault: fault?.kind,
      model,
      caseId,
      tokens: { prompt, completion: output + reasoning, cached, reasoning },
    };
  };
}

function validate(body: Json): WireError | undefined {
  if (body.model === undefined) return errors.missingParam('model');
  if (typeof body.model !== 'string') return errors.invalidParam('model', `Invalid type for 'model': expected a string, but got ${typeof body.model} instead.`);
  if (body.messages === undefined) return errors.missingParam('messages');
  if (!Array.isArray(body.messages)) return errors.invalidParam('messages', "Invalid type for 'messages': expected an array of objects.");
  if (body.messages.length === 0) {
    return errors.invalidParam('messages', "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.");
  }
  for (const [i, m] of body.messages.entries()) {
    if (typeof m !== 'object' || m === null || typeof (m as Json).role !== 'string') {
      return errors.missingParam(`messages[${i}].role`);
    }
  }
  if (body.stream === true) {
    return errors.invalidParam('stream', 'Streaming is not supported by the llm-gate simulator; send stream: false.');
  }
  return undefined;
}

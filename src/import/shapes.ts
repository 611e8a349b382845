// One logged exchange, whatever wrote it → the request's messages, the production answer,
// the parameters that say whether it was deterministic, and the metadata to slice by.
// Shapes recognised, most specific first:
//   llm-gate      {"request": <Chat Completions request>, "response": <its response>, "metadata": {...}}
//   Helicone      {"request": {"body": ...}, "response": {"body": ...}, "properties": {...}}
//                 or flat request_body / response_body
//   LiteLLM       {"messages": [...], "response": <completion>, "model_parameters": {...}, "metadata": {...}}
//   OpenAI stored completions  <chat.completion> with "input_messages" (or "messages") and "metadata"
//   Langfuse      {"input": [...] | {"messages": [...]}, "output": <message or text>, "modelParameters": {...}, "metadata": {...}}
import type { ChatMessage } from '../types.js';

export type Shape = 'llm-gate' | 'helicone' | 'litellm' | 'openai-stored' | 'langfuse';

export interface Exchange {
  shape: Shape;
  messages: ChatMessage[];
  answer: string;
  /** temperature, response_format, seed ...: what the request asked for. */
  params: Record<string, unknown>;
  /** The whole record, for --by paths (metadata.route reaches its metadata). */
  record: Record<string, unknown>;
}

export type Recognised = { ok: true; exchange: Exchange } | { ok: false; reason: SkipReason };

/** Why a well-formed line gives no case; the summary counts them by these codes. */
export type SkipReason = 'unrecognised' | 'no-messages' | 'no-answer' | 'not-text' | 'failed-call';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const ROLES = new Set(['system', 'developer', 'user', 'assistant']);

/** Text of a message's content: a string, or the text parts of a list. Anything else is not text. */
function textOf(content: unknown): string | undefined {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    const parts = content.filter(isRecord);
    if (parts.length !== content.length || parts.some((p) => p.type !== 'text' && p.type !== 'input_text' && p.type !== 'output_text')) return undefined;
    return parts.map((p) => (typeof p.text === 'string' ? p.text : '')).join('');
  }
  return undefined;
}

function messagesOf(value: unknown): ChatMessage[] | 'not-text' | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const out: ChatMessage[] = [];
  for (const m of value) {
    if (!isRecord(m) || typeof m.role !== 'string') return undefined;
    // Tool turns and tool calls make a conversation the gate cannot replay as text.
    if (!ROLES.has(m.role) || m.tool_calls !== undefined) return 'not-text';
    const content = textOf(m.content);
    if (content === undefined) return 'not-text';
    out.push({ role: m.role as ChatMessage['role'], content });
  }
  return out.some((m) => m.role === 'user') ? out : undefined;
}

/** The answer of a Chat Completions response (or a Langfuse output: a message or text). */
function answerOf(response: unknown): string | 'not-text' | 'failed' | undefined {
  if (typeof response === 'string') return response;
  if (!isRecord(response)) return undefined;
  if (response.error !== undefined && response.choices === undefined) return 'failed';
  if (Array.isArray(response.choices)) {
    const first = response.choices[0];
    if (!isRecord(first) || !isRecord(first.message)) return undefined;
    if (first.message.content === null || first.message.content === undefined) return first.message.tool_calls !== undefined ? 'not-text' : undefined;
    return textOf(first.message.content) ?? 'not-text';
  }
  if (typeof response.role === 'string' && 'content' in response) return textOf(response.content) ?? 'not-text';
  return undefined;
}

function paramsOf(request: Record<string, unknown>): Record<string, unknown> {
  const { messages: _m, ...params } = request;
  return params;
}

function exchange(shape: Shape, rawMessages: unknown, response: unknown, params: Record<string, unknown>, record: Record<string, unknown>): Recognised {
  const messages = messagesOf(rawMessages);
  if (messages === undefined) return { ok: false, reason: 'no-messages' };
  if (messages === 'not-text') return { ok: false, reason: 'not-text' };
  const answer = answerOf(response);
  if (answer === undefined) return { ok: false, reason: 'no-answer' };
  if (answer === 'not-text') return { ok: false, reason: 'not-text' };
  if (answer === 'failed') return { ok: false, reason: 'failed-call' };
  if (answer.trim() === '') return { ok: false, reason: 'no-answer' };
  return { ok: true, exchange: { shape, messages, answer, params, record } };
}

export function recognise(value: unknown): Recognised {
  if (!isRecord(value)) return { ok: false, reason: 'unrecognised' };
  const req = value.request;
  const res = value.response;
  if (isRecord(req) && isRecord(req.body)) {
    const body = req.body;
    return exchange('helicone', body.messages, isRecord(res) ? res.body : undefined, paramsOf(body), { ...value, metadata: value.metadata ?? value.properties });
  }
  if (isRecord(value.request_body)) {
    const body = value.request_body;
    return exchange('helicone', body.messages, value.response_body, paramsOf(body), { ...value, metadata: value.metadata ?? value.properties ?? value.request_properties });
  }
  if (isRecord(req) && Array.isArray(req.messages)) return exchange('llm-gate', req.messages, res, paramsOf(req), value);
  if (Array.isArray(value.messages) && (isRecord(res) || typeof res === 'string')) {
    const params = isRecord(value.model_parameters) ? value.model_parameters : isRecord(value.optional_params) ? value.optional_params : {};
    return exchange('litellm', value.messages, res, params, value);
  }
  if (Array.isArray(value.choices) && (Array.isArray(value.input_messages) || Array.isArray(value.messages))) {
    const params = isRecord(value.request) ? value.request : {};
    return exchange('openai-stored', value.input_messages ?? value.messages, value, params, value);
  }
  if (value.input !== undefined && value.output !== undefined) {
    const input = isRecord(value.input) ? value.input.messages : value.input;
    const output = isRecord(value.output) && Array.isArray(value.output.choices) ? value.output : value.output;
    const params = isRecord(value.modelParameters) ? value.modelParameters : {};
    return exchange('langfuse', input, output, params, value);
  }
  return { ok: false, reason: 'unrecognised' };
}

/** Structured output asked for at temperature 0: the production answer is the answer. */
export function isDeterministicStructured(params: Record<string, unknown>): boolean {
  const format = params.response_format;
  const structured = isRecord(format) && (format.type === 'json_schema' || format.type === 'json_object');
  return structured && params.temperature === 0;
}

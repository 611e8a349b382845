// The Responses API wire format and the server-sent events of both APIs, as OpenAI sends
// them: a Responses request read as the chat request it stands for (so the answer key, the
// judge and the faults work the same), the response object with its usage names, and the
// event streams (chat.completion.chunk, and response.* events with their names).
import { usageBody, type UsageInput } from './wire.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export type WireApi = 'chat' | 'responses';

/**
 * A Responses API body as a Chat Completions body: instructions → a leading system message,
 * input (a string, or message items) → messages, function tools and tool_choice in the chat
 * form, max_output_tokens → max_completion_tokens. A body that is not one comes back as it
 * was, for the validator to name what is wrong.
 */
export function chatFormOf(body: Json): Json {
  const messages: Json[] = [];
  if (typeof body.instructions === 'string') messages.push({ role: 'system', content: body.instructions });
  if (typeof body.input === 'string') messages.push({ role: 'user', content: body.input });
  else if (Array.isArray(body.input)) {
    for (const item of body.input) {
      if (isObject(item) && (item.type === undefined || item.type === 'message')) messages.push({ role: item.role, content: item.content });
    }
  } else if (body.input === undefined) return { ...body, messages: undefined };
  const out: Json = { ...body, messages };
  delete out.input;
  delete out.instructions;
  if (Array.isArray(body.tools)) {
    out.tools = body.tools.map((t) => (isObject(t) && t.type === 'function' && typeof t.name === 'string' ? { type: 'function', function: { name: t.name, parameters: t.parameters } } : t));
  }
  if (isObject(body.tool_choice) && body.tool_choice.type === 'function' && typeof body.tool_choice.name === 'string') {
    out.tool_choice = { type: 'function', function: { name: body.tool_choice.name } };
  }
  if (typeof body.max_output_tokens === 'number') out.max_completion_tokens = body.max_output_tokens;
  return out;
}

export function responsesUsage(u: UsageInput): Json {
  const output = u.output + u.reasoning;
  return {
    input_tokens: u.prompt,
    input_tokens_details: { cached_tokens: u.cached },
    output_tokens: output,
    output_tokens_details: { reasoning_tokens: u.reasoning },
    total_tokens: u.prompt + output,
  };
}

export interface AnswerParts {
  id: string;
  created: number;
  model: string;
  content: string | null;
  toolCall?: { id: string; name: string; arguments: string };
  finishReason: 'stop' | 'length' | 'tool_calls';
  usage: UsageInput;
}

export function responseObject(a: AnswerParts, status: 'completed' | 'in_progress' = 'completed'): Json {
  const output: Json[] = [];
  if (a.usage.reasoning > 0) output.push({ type: 'reasoning', id: `rs_${a.id}`, summary: [] });
  if (a.toolCall) {
    output.push({ type: 'function_call', id: `fc_${a.id}`, call_id: a.toolCall.id, name: a.toolCall.name, arguments: a.toolCall.arguments, status: 'completed' });
  } else {
    output.push({ type: 'message', id: `msg_${a.id}`, role: 'assistant', status: 'completed', content: [{ type: 'output_text', text: a.content ?? '', annotations: [] }] });
  }
  const cut = a.finishReason === 'length';
  return {
    id: `resp_${a.id}`,
    object: 'response',
    created_at: a.created,
    model: a.model,
    status: status === 'in_progress' ? 'in_progress' : cut ? 'incomplete' : 'completed',
    incomplete_details: cut && status !== 'in_progress' ? { reason: 'max_output_tokens' } : null,
    error: null,
    output: status === 'in_progress' ? [] : output,
    usage: status === 'in_progress' ? null : responsesUsage(a.usage),
  };
}

/** The text a stream sends: content, or the function call's arguments. */
function streamedText(a: AnswerParts): string {
  return a.toolCall ? a.toolCall.arguments : (a.content ?? '');
}

function event(data: unknown, name?: string): string {
  return `${name === undefined ? '' : `event: ${name}\n`}data: ${JSON.stringify(data)}\n\n`;
}

/**
 * The stream of an answer in three parts: `head` (sent at once: the role chunk, or
 * response.created), `first` (the first content delta, sent at the first-token time) and
 * `rest` (the other deltas, the end, usage; sent when the answer is due).
 */
export function streamParts(api: WireApi, a: AnswerParts): { head: string; first: string; rest: string } {
  const text = streamedText(a);
  const cut = Math.min(text.length, Math.max(1, Math.ceil(text.length / 4)));
  const pieces = [text.slice(0, cut), ...chunksOf(text.slice(cut), 64)];
  if (api === 'chat') {
    const chunk = (delta: Json, finish: string | null, extra: Json = {}) => ({
      id: `chatcmpl-${a.id}`,
      object: 'chat.completion.chunk',
      created: a.created,
      model: a.model,
      choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
      ...extra,
    });
    const delta = (piece: string, first: boolean): Json =>
      a.toolCall
        ? { tool_calls: [{ index: 0, ...(first ? { id: a.toolCall.id, type: 'function' } : {}), function: { ...(first ? { name: a.toolCall.name } : {}), arguments: piece } }] }
        : { content: piece };
    const rest = pieces.slice(1).map((p) => event(chunk(delta(p, false), null)));
    rest.push(event(chunk({}, a.finishReason)));
    rest.push(event({ id: `chatcmpl-${a.id}`, object: 'chat.completion.chunk', created: a.created, model: a.model, choices: [], usage: usageBody(a.usage) }));
    rest.push('data: [DONE]\n\n');
    return { head: event(chunk({ role: 'assistant', content: a.toolCall ? null : '' }, null)), first: event(chunk(delta(pieces[0]!, true), null)), rest: rest.join('') };
  }
  let seq = 0;
  const named = (data: Json) => event({ ...data, sequence_number: seq++ }, data.type as string);
  const head = named({ type: 'response.created', response: responseObject(a, 'in_progress') });
  const deltaType = a.toolCall ? 'response.function_call_arguments.delta' : 'response.output_text.delta';
  const item = a.toolCall ? `fc_${a.id}` : `msg_${a.id}`;
  const delta = (piece: string) => named({ type: deltaType, item_id: item, output_index: 0, content_index: 0, delta: piece });
  const first = delta(pieces[0]!);
  const done = responseObject(a);
  const rest = [...pieces.slice(1).map(delta), named({ type: done.status === 'incomplete' ? 'response.incomplete' : 'response.completed', response: done })];
  return { head, first, rest: rest.join('') };
}

function chunksOf(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

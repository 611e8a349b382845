// The Responses API: POST /responses. The case's leading system and developer messages
// become `instructions`, the rest `input`; the answer is the output text (or the first
// function call's arguments); an `incomplete` response cut at max_output_tokens is a cut
// answer (finishReason 'length'), like Chat Completions' finish_reason "length".
//
// Params written in Chat Completions' form are sent in the Responses API's (max_tokens,
// tools, tool_choice, response_format, reasoning_effort), so a candidate that inherits a
// Chat Completions baseline's params, and the llm-judge's forced tool call, mean the same.
import type OpenAI from 'openai';
import type { ChatMessage } from '../../types.js';
import { readResponsesUsage } from '../cost.js';
import { isObject, type Answer, type Protocol } from './types.js';
import { boundedText, TextPrefix } from './text.js';

/** Messages → instructions (the leading system/developer ones, joined) + input (the rest, in order). */
export function splitMessages(messages: readonly ChatMessage[]): { instructions?: string; input: { role: string; content: string }[] } {
  let i = 0;
  const leading: string[] = [];
  while (i < messages.length && (messages[i]!.role === 'system' || messages[i]!.role === 'developer')) leading.push(messages[i++]!.content);
  const input = messages.slice(i).map((m) => ({ role: m.role, content: m.content }));
  return leading.length > 0 ? { instructions: leading.join('\n\n'), input } : { input };
}

/** Chat Completions' forms of params, in the Responses API's; a key already in its own form wins. */
export function responsesParams(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const own = (key: string): boolean => Object.hasOwn(params, key);
  for (const [key, value] of Object.entries(params)) {
    switch (key) {
      case 'max_tokens':
      case 'max_completion_tokens':
        if (!own('max_output_tokens') && !(key === 'max_tokens' && own('max_completion_tokens'))) out.max_output_tokens = value;
        break;
      case 'reasoning_effort':
        if (!own('reasoning')) out.reasoning = { effort: value };
        break;
      case 'response_format':
        if (!own('text')) {
          const format = textFormat(value);
          if (format) out.text = { format };
        }
        break;
      case 'tools':
        out.tools = Array.isArray(value) ? value.map(tool) : value;
        break;
      case 'tool_choice':
        out.tool_choice = toolChoice(value);
        break;
      default:
        out[key] = value;
    }
  }
  return out;
}

function tool(value: unknown): unknown {
  if (!isObject(value) || value.type !== 'function' || !isObject(value.function)) return value;
  const { name, description, parameters, strict } = value.function;
  return { type: 'function', name, ...(description === undefined ? {} : { description }), ...(parameters === undefined ? {} : { parameters }), ...(strict === undefined ? {} : { strict }) };
}

function toolChoice(value: unknown): unknown {
  if (isObject(value) && value.type === 'function' && isObject(value.function)) return { type: 'function', name: value.function.name };
  return value;
}

function textFormat(value: unknown): unknown {
  if (!isObject(value)) return undefined;
  if (value.type === 'json_schema' && isObject(value.json_schema)) return { type: 'json_schema', ...value.json_schema };
  return { ...value };
}

export const responsesProtocol: Protocol = {
  body(model, messages, params, stream) {
    const { instructions, input } = splitMessages(messages);
    const body: Record<string, unknown> = { model, ...(instructions === undefined ? {} : { instructions }), input, ...responsesParams(params) };
    if (stream) body.stream = true;
    return body;
  },

  async send(client: OpenAI, body, opts) {
    const create = client.responses.create.bind(client.responses) as (b: unknown) => Promise<unknown>;
    if (!opts.stream) return readResponse(await create(body));
    const stream = (await create(body)) as AsyncIterable<unknown>;
    const text = new TextPrefix();
    const args = new TextPrefix();
    let final: unknown;
    let first = true;
    for await (const event of stream) {
      if (!isObject(event) || typeof event.type !== 'string') continue;
      const delta = typeof event.delta === 'string' ? event.delta : '';
      const isText = event.type === 'response.output_text.delta';
      const isArgs = event.type === 'response.function_call_arguments.delta';
      if ((isText || isArgs) && delta !== '') {
        if (first) {
          first = false;
          opts.onFirstToken();
        }
        if (isText) text.append(delta);
        else if (args.length === 0 || text.length === 0) args.append(delta);
      }
      if (event.type === 'response.completed' || event.type === 'response.incomplete' || event.type === 'response.failed') final = event.response;
    }
    const whole = readResponse(final);
    const read = text.length > 0 ? text.read() : args.length > 0 ? args.read() : undefined;
    if (!whole) {
      // No final event: what streamed is the answer, its usage unknown.
      if (!read) return undefined;
      return { ...read, ...readResponsesUsage(undefined) };
    }
    return read ? { ...whole, ...read } : whole;
  },

  noAnswer: 'the response has no output message',
};

/** The output text of a response object (its message items' output_text parts), else the first function call's arguments. */
function readResponse(response: unknown): Answer | undefined {
  if (!isObject(response)) return undefined;
  const items = Array.isArray(response.output) ? response.output : [];
  let text = '';
  let args: string | undefined;
  let sawItem = false;
  for (const item of items) {
    if (!isObject(item)) continue;
    if (item.type === 'message' && Array.isArray(item.content)) {
      sawItem = true;
      for (const part of item.content) if (isObject(part) && part.type === 'output_text' && typeof part.text === 'string') text += part.text;
    } else if (item.type === 'function_call' && args === undefined && typeof item.arguments === 'string') {
      sawItem = true;
      args = item.arguments;
    }
  }
  const status = typeof response.status === 'string' ? response.status : undefined;
  if (!sawItem && status !== 'incomplete') return undefined;
  const answer: Answer = { ...boundedText(text !== '' ? text : (args ?? '')), ...readResponsesUsage(response.usage) };
  const finish = finishReason(status, response.incomplete_details, args !== undefined && text === '');
  if (finish !== undefined) answer.finishReason = finish;
  return answer;
}

/** In Chat Completions' words: a cut answer is 'length', whatever API it came through. */
function finishReason(status: string | undefined, details: unknown, toolCall: boolean): string | undefined {
  if (status === 'incomplete') {
    const reason = isObject(details) && typeof details.reason === 'string' ? details.reason : undefined;
    return reason === 'max_output_tokens' ? 'length' : (reason ?? 'incomplete');
  }
  if (status === 'completed') return toolCall ? 'tool_calls' : 'stop';
  return status;
}

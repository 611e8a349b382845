// Chat Completions: POST /chat/completions. Streamed, it asks for usage in the last chunk
// (stream_options.include_usage); a stream that ends without it is an answer whose cost is
// unknown, as for a whole body without usage.
import type OpenAI from 'openai';
import { readUsage } from '../cost.js';
import { isObject, type Answer, type Protocol } from './types.js';
import { boundedText, TextPrefix } from './text.js';

export const chatProtocol: Protocol = {
  body(model, messages, params, stream) {
    const body: Record<string, unknown> = { model, messages, ...params };
    if (stream) {
      body.stream = true;
      body.stream_options = { include_usage: true };
    }
    return body;
  },

  async send(client: OpenAI, body, opts) {
    const create = client.chat.completions.create.bind(client.chat.completions) as (b: unknown) => Promise<unknown>;
    if (!opts.stream) return readCompletion(await create(body));
    const stream = (await create(body)) as AsyncIterable<unknown>;
    const text = new TextPrefix();
    const args = new TextPrefix();
    let finishReason: string | undefined;
    let usage: unknown;
    let sawChoice = false;
    let first = true;
    for await (const chunk of stream) {
      if (!isObject(chunk)) continue;
      if (chunk.usage !== undefined && chunk.usage !== null) usage = chunk.usage;
      const choice = Array.isArray(chunk.choices) ? chunk.choices[0] : undefined;
      if (!isObject(choice)) continue;
      sawChoice = true;
      const delta = isObject(choice.delta) ? choice.delta : undefined;
      const content = typeof delta?.content === 'string' ? delta.content : '';
      const toolArgs = toolArguments(delta?.tool_calls);
      if (first && (content !== '' || toolArgs !== '')) {
        first = false;
        opts.onFirstToken();
      }
      if (content !== '') text.append(content);
      if (toolArgs !== '') args.append(toolArgs);
      if (typeof choice.finish_reason === 'string') finishReason = choice.finish_reason;
    }
    if (!sawChoice) return undefined;
    const read = text.length > 0 ? text.read() : args.read();
    const answer: Answer = { ...read, ...readUsage(usage) };
    if (finishReason !== undefined) answer.finishReason = finishReason;
    return answer;
  },

  noAnswer: 'the response has no choices[0].message',
};

/** The first tool call's arguments in a delta (streams send the call in pieces under index 0). */
function toolArguments(calls: unknown): string {
  if (!Array.isArray(calls)) return '';
  const call = calls.find((c) => isObject(c) && (c.index === undefined || c.index === 0));
  const fn = isObject(call) && isObject(call.function) ? call.function : undefined;
  return typeof fn?.arguments === 'string' ? fn.arguments : '';
}

/** Output = the message text, or the first tool call's arguments when there is no text. */
function readCompletion(completion: unknown): Answer | undefined {
  const choices = isObject(completion) && Array.isArray(completion.choices) ? completion.choices : undefined;
  const choice = choices?.[0];
  const message = isObject(choice) && isObject(choice.message) ? choice.message : undefined;
  if (!isObject(choice) || !message) return undefined;
  let output = typeof message.content === 'string' ? message.content : '';
  if (output === '') {
    const calls = Array.isArray(message.tool_calls) ? message.tool_calls : [];
    const fn = isObject(calls[0]) && isObject(calls[0].function) ? calls[0].function : undefined;
    if (typeof fn?.arguments === 'string') output = fn.arguments;
  }
  const answer: Answer = { ...boundedText(output), ...readUsage((completion as Record<string, unknown>).usage) };
  if (typeof choice.finish_reason === 'string') answer.finishReason = choice.finish_reason;
  return answer;
}

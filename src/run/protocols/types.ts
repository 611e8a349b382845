// One API's side of a call: the request body it takes, and how its answer (a whole body or
// a stream of events) becomes the output, finish reason and usage the record keeps.
import type OpenAI from 'openai';
import type { ChatMessage, ModelApi, TokenUsage } from '../../types.js';

export interface Answer {
  /** The text (or the first tool call's arguments when there is no text), cut to GRADE_INPUT_CHARS. */
  output: string;
  /** Set when `output` is a prefix: the full length. */
  outputChars?: number;
  /** Chat Completions' finish_reason; the Responses API's cut answers read as 'length'. */
  finishReason?: string;
  usage: TokenUsage;
  /** The usage could be trusted (see cost.ts readUsage). */
  usable: boolean;
}

export interface SendOptions {
  stream: boolean;
  /** Called once, at the first content delta of a stream. */
  onFirstToken(): void;
}

export interface Protocol {
  /** The request body for these messages and params (the model's merged with the request's). */
  body(model: string, messages: readonly ChatMessage[], params: Record<string, unknown>, stream: boolean): Record<string, unknown>;
  /**
   * Sends the body and reads the answer; undefined when the response has no answer at all
   * (no choices[0].message, no output). Throws what the SDK throws.
   */
  send(client: OpenAI, body: Record<string, unknown>, opts: SendOptions): Promise<Answer | undefined>;
  /** What is missing, for the record, when send found no answer. */
  noAnswer: string;
}

export type Protocols = Record<ModelApi, Protocol>;

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

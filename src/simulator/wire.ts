// The Chat Completions wire format, as OpenAI sends it: response bodies, usage with its
// cached/reasoning details, and error bodies. Kept apart from the server so tests can
// check the shapes, and so the field list lives in one place.

export interface WireMessage {
  role: string;
  content: unknown;
}

/** ~4 characters per token, the usual rule of thumb; deterministic and cheap. */
export function textTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/** The text of a message's content: a string, or the text parts of a content array. */
export function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content.map((part) => (part && typeof part === 'object' && 'text' in part ? String(part.text) : '')).join('');
  }
  return content == null ? '' : JSON.stringify(content);
}

/** Per message: its text plus 4 tokens of framing; 3 more prime the reply (as tiktoken's recipe counts). Tools cost their JSON. */
export function promptTokens(messages: readonly WireMessage[], tools?: unknown): number {
  let total = 3;
  for (const m of messages) total += 4 + textTokens(contentText(m.content));
  if (tools !== undefined) total += textTokens(JSON.stringify(tools));
  return total;
}

export interface UsageInput {
  prompt: number;
  cached: number;
  /** Visible output tokens (without reasoning). */
  output: number;
  reasoning: number;
}

export function usageBody(u: UsageInput): Record<string, unknown> {
  const completion = u.output + u.reasoning;
  return {
    prompt_tokens: u.prompt,
    completion_tokens: completion,
    total_tokens: u.prompt + completion,
    prompt_tokens_details: { cached_tokens: u.cached, audio_tokens: 0 },
    completion_tokens_details: {
      reasoning_tokens: u.reasoning,
      audio_tokens: 0,
      accepted_prediction_tokens: 0,
      rejected_prediction_tokens: 0,
    },
  };
}

export interface ToolCallOut {
  id: string;
  name: string;
  arguments: string;
}

export interface CompletionInput {
  id: string;
  created: number;
  model: string;
  content: string | null;
  toolCall?: ToolCallOut;
  finishReason: 'stop' | 'length' | 'tool_calls';
  usage: UsageInput;
}

export function completionBody(c: CompletionInput): Record<string, unknown> {
  const message: Record<string, unknown> = { role: 'assistant', content: c.content, refusal: null, annotations: [] };
  if (c.toolCall) {
    message.tool_calls = [
      { id: c.toolCall.id, type: 'function', function: { name: c.toolCall.name, arguments: c.toolCall.arguments } },
    ];
  }
  return {
    id: c.id,
    object: 'chat.completion',
    created: c.created,
    model: c.model,
    choices: [{ index: 0, message, logprobs: null, finish_reason: c.finishReason }],
    usage: usageBody(c.usage),
    service_tier: 'default',
    system_fingerprint: 'fp_llmgate_sim',
  };
}

export interface WireError {
  status: number;
  message: string;
  type: string;
  param: string | null;
  code: string | null;
}

export function errorBody(e: WireError): { error: { message: string; type: string; param: string | null; code: string | null } } {
  return { error: { message: e.message, type: e.type, param: e.param, code: e.code } };
}

/** The errors OpenAI sends, with its wording, so clients are tested against the real thing. */
export const errors = {
  invalidJson: (): WireError => ({
    status: 400,
    message:
      "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON.)",
    type: 'invalid_request_error',
    param: null,
    code: null,
  }),
  missingParam: (param: string): WireError => ({
    status: 400,
    message: `Missing required parameter: '${param}'.`,
    type: 'invalid_request_error',
    param,
    code: 'missing_required_parameter',
  }),
  invalidParam: (param: string, message: string): WireError => ({
    status: 400,
    message,
    type: 'invalid_request_error',
    param,
    code: 'invalid_value',
  }),
  modelNotFound: (model: string): WireError => ({
    status: 404,
    message: `The model \`${model}\` does not exist or you do not have access to it.`,
    type: 'invalid_request_error',
    param: null,
    code: 'model_not_found',
  }),
  // The key is never echoed, not even masked: reports and logs may carry this message.
  invalidKey: (): WireError => ({
    status: 401,
    message: 'Incorrect API key provided. You can find your API key at https://platform.openai.com/account/api-keys.',
    type: 'invalid_request_error',
    param: null,
    code: 'invalid_api_key',
  }),
  missingKey: (): WireError => ({
    status: 401,
    message:
      "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
    type: 'invalid_request_error',
    param: null,
    code: null,
  }),
  rateLimited: (model: string, retryAfterMs: number): WireError => ({
    status: 429,
    message: `Rate limit reached for ${model} (simulated) on requests per min (RPM): Limit 500, Used 500, Requested 1. Please try again in ${retryAfterMs}ms.`,
    type: 'requests',
    param: null,
    code: 'rate_limit_exceeded',
  }),
  server: (status = 500): WireError => ({
    status,
    message: 'The server had an error while processing your request. Sorry about that!',
    type: 'server_error',
    param: null,
    code: null,
  }),
  notFoundRoute: (method: string, path: string): WireError => ({
    status: 404,
    message: `Invalid URL (${method} ${path})`,
    type: 'invalid_request_error',
    param: null,
    code: null,
  }),
  /** Azure OpenAI's answer to a request without the api-version its deployment needs. */
  apiVersion: (given: string | null): WireError => ({
    status: 404,
    message: given === null ? 'Resource not found: the api-version query parameter is missing.' : `Resource not found: api-version ${JSON.stringify(given.slice(0, 40))} is not supported.`,
    type: 'invalid_request_error',
    param: 'api-version',
    code: '404',
  }),
  /** Any other status a fault script asks for. */
  generic: (status: number): WireError => ({
    status,
    message: `Simulated error ${status}.`,
    type: status >= 500 ? 'server_error' : 'invalid_request_error',
    param: null,
    code: null,
  }),
};

export function errorForStatus(status: number, model: string, retryAfterMs: number): WireError {
  switch (status) {
    case 401:
      return errors.invalidKey();
    case 404:
      return errors.modelNotFound(model);
    case 429:
      return errors.rateLimited(model, retryAfterMs);
    case 500:
    case 502:
    case 503:
      return errors.server(status);
    default:
      return errors.generic(status);
  }
}

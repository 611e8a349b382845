// The SDK client of one model: its endpoint, key, headers, query and transport. The caller
// and the warm-up build it here, so both reach the endpoint the same way (the same proxy,
// the same headers, no key where there is none).
import OpenAI from 'openai';
import { NO_API_KEY, type ModelConfig } from '../types.js';
import { createHttpFetch, type HttpFetchOptions } from './transport.js';

export interface ClientOptions {
  model: ModelConfig;
  /** The key from apiKeyEnv; ignored for apiKeyEnv: none. */
  apiKey: string | undefined;
  /** The SDK's own timeout (ours sits below it). */
  timeoutMs?: number;
  transport?: Omit<HttpFetchOptions, 'omitAuthorization'>;
}

/** What the SDK needs as a key when there is none: never sent (the transport drops it). */
const KEYLESS = 'llm-gate-keyless';

export function isKeyless(model: ModelConfig): boolean {
  return model.apiKeyEnv === NO_API_KEY;
}

export function createClient(opts: ClientOptions): OpenAI {
  const { model } = opts;
  const keyless = isKeyless(model);
  // A configured Authorization header is the key: keep it, and send no Bearer of ours.
  const ownAuthorization = Object.keys(model.headers ?? {}).some((name) => name.toLowerCase() === 'authorization');
  return new OpenAI({
    apiKey: keyless ? KEYLESS : (opts.apiKey ?? KEYLESS),
    baseURL: model.baseUrl,
    maxRetries: 0,
    ...(opts.timeoutMs === undefined ? {} : { timeout: opts.timeoutMs }),
    ...(model.headers ? { defaultHeaders: { ...model.headers } } : {}),
    ...(model.query ? { defaultQuery: { ...model.query } } : {}),
    fetch: createHttpFetch({ ...opts.transport, omitAuthorization: keyless && !ownAuthorization }),
  });
}

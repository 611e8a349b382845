// Start-up costs (loading the HTTP stack, TCP/TLS handshakes) must not land in the
// first calls' latency. Before timing starts, each endpoint gets a few parallel
// GET /models through the same keep-alive agents the callers use (transport.ts), which
// opens connections that the run then reuses.
import OpenAI from 'openai';
import type { ModelConfig } from '../types.js';
import { httpFetch } from './transport.js';

export interface WarmUpOptions {
  /** The run's concurrency; min(concurrency, maxConnections) requests go out in parallel per endpoint. */
  concurrency: number;
  /** Key for an endpoint's requests; without one the request still opens the connection (a 401 is fine). */
  apiKeyFor?(model: ModelConfig): string | undefined;
  /** Default 8. */
  maxConnections?: number;
  /** Give up on an endpoint after this long. Default 5 s. */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Makes the signal that aborts after timeoutMs. Default AbortSignal.timeout; tests pass one they abort. */
  timeoutSignal?: (ms: number) => AbortSignal;
}

/** Never throws: an endpoint that is down is reported by the run itself, with its model named. */
export async function warmUp(models: ModelConfig[], opts: WarmUpOptions): Promise<void> {
  const parallel = Math.max(1, Math.min(opts.concurrency, opts.maxConnections ?? 8));
  const byEndpoint = new Map<string, ModelConfig>();
  for (const model of models) if (!byEndpoint.has(model.baseUrl)) byEndpoint.set(model.baseUrl, model);

  const signals = [(opts.timeoutSignal ?? AbortSignal.timeout)(opts.timeoutMs ?? 5_000)];
  if (opts.signal) signals.push(opts.signal);
  const signal = AbortSignal.any(signals);

  const requests: Promise<unknown>[] = [];
  for (const [baseUrl, model] of byEndpoint) {
    const client = new OpenAI({ apiKey: opts.apiKeyFor?.(model) ?? 'warm-up', baseURL: baseUrl, maxRetries: 0, fetch: httpFetch });
    for (let i = 0; i < parallel; i++) {
      requests.push(client.models.list({ signal }).then(ignore, ignore));
    }
  }
  await Promise.all(requests);
}

function ignore(): void {}

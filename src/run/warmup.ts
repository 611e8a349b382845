// Start-up costs (loading the HTTP stack, TCP/TLS handshakes) must not land in the
// first calls' latency. Before timing starts, each endpoint gets a few parallel
// GET /models through the same keep-alive agents the callers use (transport.ts), which
// opens connections that the run then reuses.
import type { ModelConfig } from '../types.js';
import { createClient } from './client.js';
import type { ProxyEnv } from './proxy.js';

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
  /** The run's proxy settings, so connections are opened the way the calls will go. */
  proxy?: ProxyEnv;
  /** Makes the signal that aborts after timeoutMs. Default AbortSignal.timeout; tests pass one they abort. */
  timeoutSignal?: (ms: number) => AbortSignal;
}

/** Never throws: an endpoint that is down is reported by the run itself, with its model named. */
export async function warmUp(models: ModelConfig[], opts: WarmUpOptions): Promise<void> {
  const parallel = Math.max(1, Math.min(opts.concurrency, opts.maxConnections ?? 8));
  const byEndpoint = new Map<string, ModelConfig>();
  // Headers and query are part of the endpoint: a gateway may route by them.
  for (const model of models) {
    const key = JSON.stringify([model.baseUrl, model.headers ?? {}, model.query ?? {}, model.apiKeyEnv]);
    if (!byEndpoint.has(key)) byEndpoint.set(key, model);
  }

  const signals = [(opts.timeoutSignal ?? AbortSignal.timeout)(opts.timeoutMs ?? 5_000)];
  if (opts.signal) signals.push(opts.signal);
  const signal = AbortSignal.any(signals);

  const requests: Promise<unknown>[] = [];
  for (const model of byEndpoint.values()) {
    const client = createClient({ model, apiKey: opts.apiKeyFor?.(model) ?? 'warm-up', ...(opts.proxy ? { transport: { proxy: opts.proxy } } : {}) });
    for (let i = 0; i < parallel; i++) {
      requests.push(client.models.list({ signal }).then(ignore, ignore));
    }
  }
  await Promise.all(requests);
}

function ignore(): void {}

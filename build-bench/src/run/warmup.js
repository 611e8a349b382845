// Start-up costs (loading the HTTP stack, TCP/TLS handshakes) must not land in the
// first calls' latency. Before timing starts, each endpoint gets a few parallel
// GET /models through the same global fetch agent the SDK clients use, which opens
// connections that the run then reuses (Node's fetch keeps them alive).
import OpenAI from 'openai';
/** Never throws: an endpoint that is down is reported by the run itself, with its model named. */
export async function warmUp(models, opts) {
    const parallel = Math.max(1, Math.min(opts.concurrency, opts.maxConnections ?? 8));
    const byEndpoint = new Map();
    for (const model of models)
        if (!byEndpoint.has(model.baseUrl))
            byEndpoint.set(model.baseUrl, model);
    const signals = [AbortSignal.timeout(opts.timeoutMs ?? 5_000)];
    if (opts.signal)
        signals.push(opts.signal);
    const signal = AbortSignal.any(signals);
    const requests = [];
    for (const [baseUrl, model] of byEndpoint) {
        const client = new OpenAI({ apiKey: opts.apiKeyFor?.(model) ?? 'warm-up', baseURL: baseUrl, maxRetries: 0 });
        for (let i = 0; i < parallel; i++) {
            requests.push(client.models.list({ signal }).then(ignore, ignore));
        }
    }
    await Promise.all(requests);
}
function ignore() { }

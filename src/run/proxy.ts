// Outbound proxies, as curl and undici's EnvHttpProxyAgent read them from the environment:
// HTTPS_PROXY for https: URLs (falling back to HTTP_PROXY), HTTP_PROXY for http: URLs, and
// NO_PROXY for the hosts that go direct. The lower-case names win over the upper-case ones.
// Self-hosted runners behind a corporate proxy reach the model endpoints only this way.
//
// https: goes through a CONNECT tunnel (TLS end to end: the proxy sees the host name, never
// the key); http: is sent to the proxy as an absolute-URI request. Loopback is not bypassed
// by itself: list it in NO_PROXY, as with curl.
import http from 'node:http';
import https from 'node:https';
import type { Duplex } from 'node:stream';
import tls from 'node:tls';

export interface ProxyEnv {
  httpProxy?: string;
  httpsProxy?: string;
  noProxy?: string;
}

/** The proxy settings of an environment (the shells pass process.env); empty values count as unset. */
export function proxyEnvFrom(env: Record<string, string | undefined>): ProxyEnv {
  const pick = (name: string): string | undefined => {
    const value = env[name.toLowerCase()] || env[name];
    return value && value.trim() !== '' ? value.trim() : undefined;
  };
  const out: ProxyEnv = {};
  const httpProxy = pick('HTTP_PROXY');
  const httpsProxy = pick('HTTPS_PROXY');
  const noProxy = pick('NO_PROXY');
  if (httpProxy !== undefined) out.httpProxy = httpProxy;
  if (httpsProxy !== undefined) out.httpsProxy = httpsProxy;
  if (noProxy !== undefined) out.noProxy = noProxy;
  return out;
}

/** Bounds the proxy's answer to CONNECT: a proxy that never answers must not hold a call past its own timeout. */
const CONNECT_TIMEOUT_MS = 30_000;
/** NO_PROXY longer than this is not read further (it is matched per request). */
const MAX_NO_PROXY_CHARS = 8_192;

function defaultPort(protocol: string): number {
  return protocol === 'https:' ? 443 : 80;
}

/** Host names compare without case, brackets or a trailing dot. */
function normalHost(host: string): string {
  return host.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
}

/**
 * Whether NO_PROXY sends `url` direct: entries split on commas or spaces; `*` matches every
 * host; `example.com`, `.example.com` and `*.example.com` match the host and its subdomains;
 * `host:port` only that port. An IP address matches itself (no CIDR ranges).
 */
export function bypassesProxy(url: URL, noProxy: string | undefined): boolean {
  if (noProxy === undefined) return false;
  const host = normalHost(url.hostname);
  const port = Number(url.port || defaultPort(url.protocol));
  for (const raw of noProxy.slice(0, MAX_NO_PROXY_CHARS).split(/[\s,]+/)) {
    let entry = raw.trim().toLowerCase();
    if (entry === '') continue;
    if (entry === '*') return true;
    let entryPort: number | undefined;
    const portMatch = /^(.*?[^:]|\[.*\]):(\d+)$/.exec(entry);
    if (portMatch && !/^[0-9a-f:]+$/.test(entry)) {
      entry = portMatch[1]!;
      entryPort = Number(portMatch[2]);
    }
    if (entryPort !== undefined && entryPort !== port) continue;
    entry = normalHost(entry.replace(/^\*?\./, ''));
    if (host === entry || host.endsWith(`.${entry}`)) return true;
  }
  return false;
}

/** The proxy for `url`, or undefined to go direct. A proxy URL that does not parse is an error at start-up, not per call. */
export function proxyFor(url: URL, env: ProxyEnv): URL | undefined {
  const raw = url.protocol === 'https:' ? (env.httpsProxy ?? env.httpProxy) : env.httpProxy;
  if (raw === undefined || bypassesProxy(url, env.noProxy)) return undefined;
  return parseProxyUrl(raw);
}

/** A proxy URL; `host:port` alone means http://host:port, as curl reads it. */
export function parseProxyUrl(raw: string): URL {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new TypeError('the proxy URL in HTTPS_PROXY/HTTP_PROXY does not parse; expected http://host:port');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`the proxy URL in HTTPS_PROXY/HTTP_PROXY has scheme ${url.protocol}; expected http: or https:`);
  }
  return url;
}

/** Basic credentials from the proxy URL's user info, for Proxy-Authorization. */
export function proxyAuthorization(proxy: URL): string | undefined {
  if (proxy.username === '' && proxy.password === '') return undefined;
  const user = decodeURIComponent(proxy.username);
  const password = decodeURIComponent(proxy.password);
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

function proxyPort(proxy: URL): number {
  return Number(proxy.port || defaultPort(proxy.protocol));
}

/** A failure between us and the proxy, or the proxy's refusal of the tunnel: a connection failure of the call. */
export class ProxyError extends Error {
  override readonly name = 'ProxyError';
  readonly code = 'EPROXY';
}

type ConnectionCallback = (err: Error | null, stream: Duplex) => void;

/**
 * An https.Agent whose connections are CONNECT tunnels through `proxy`. Node's Agent takes a
 * createConnection that answers through its callback, so the pool, keep-alive and the
 * request's own abort work as for a direct connection; each tunnel carries one TLS session
 * with the endpoint, verified as usual.
 */
class TunnelAgent extends https.Agent {
  readonly #proxy: URL;
  constructor(proxy: URL, options: https.AgentOptions) {
    super(options);
    this.#proxy = proxy;
  }

  override createConnection(requestOptions: http.RequestOptions, callback?: ConnectionCallback): Duplex | undefined {
    const options = requestOptions as tls.ConnectionOptions & { host?: string; port?: number };
    const done = (err: Error | null, socket?: Duplex): void => callback?.(err, socket as Duplex);
    const host = options.host ?? 'localhost';
    const port = options.port ?? 443;
    const authority = `${host.includes(':') ? `[${host}]` : host}:${port}`;
    const auth = proxyAuthorization(this.#proxy);
    const proxy = this.#proxy;
    const connect = (proxy.protocol === 'https:' ? https : http).request({
      host: proxy.hostname,
      port: proxyPort(proxy),
      method: 'CONNECT',
      path: authority,
      headers: { host: authority, ...(auth ? { 'proxy-authorization': auth } : {}) },
      agent: false,
      timeout: CONNECT_TIMEOUT_MS,
    });
    let finished = false;
    const fail = (message: string, cause?: unknown): void => {
      if (finished) return;
      finished = true;
      connect.destroy();
      done(new ProxyError(message, cause === undefined ? undefined : { cause }));
    };
    connect.once('connect', (res: http.IncomingMessage, socket: Duplex, head: Buffer) => {
      if (finished) return socket.destroy();
      if (res.statusCode !== 200 || head.length > 0) {
        socket.destroy();
        return fail(`the proxy ${proxy.host} answered ${res.statusCode ?? 0} to CONNECT ${authority}`);
      }
      finished = true;
      const servername = options.servername ?? (/^[\d.]+$|:/.test(host) ? undefined : host);
      const secure = tls.connect({ ...options, socket, ...(servername === undefined ? {} : { servername }) });
      done(null, secure);
    });
    connect.once('response', (res: http.IncomingMessage) => {
      res.resume();
      fail(`the proxy ${proxy.host} answered ${res.statusCode ?? 0} to CONNECT ${authority}`);
    });
    connect.once('timeout', () => fail(`the proxy ${proxy.host} did not answer CONNECT ${authority} within ${CONNECT_TIMEOUT_MS / 1000} s`));
    connect.once('error', (err) => fail(`could not reach the proxy ${proxy.host} (${(err as { code?: string }).code ?? err.message})`, err));
    connect.end();
    return undefined;
  }
}

// One pool per proxy and kind for the whole process, like the direct pools in transport.ts.
const tunnels = new Map<string, https.Agent>();
const forwards = new Map<string, http.Agent>();

export function tunnelAgentFor(proxy: URL): https.Agent {
  const key = proxy.href;
  const found = tunnels.get(key);
  if (found) return found;
  const agent = new TunnelAgent(proxy, { keepAlive: true, scheduling: 'lifo' });
  tunnels.set(key, agent);
  return agent;
}

/** Keep-alive connections to the proxy itself, for http: requests sent in absolute form. */
export function forwardAgentFor(proxy: URL): http.Agent {
  const key = proxy.href;
  const found = forwards.get(key);
  if (found) return found;
  const agent = proxy.protocol === 'https:' ? new https.Agent({ keepAlive: true, scheduling: 'lifo' }) : new http.Agent({ keepAlive: true, scheduling: 'lifo' });
  forwards.set(key, agent);
  return agent;
}

export { proxyPort };

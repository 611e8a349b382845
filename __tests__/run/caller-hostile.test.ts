// What a call records when the endpoint misbehaves: answers too large to read, redirects,
// errors that name the parameter, connections that fail in every way, usage that cannot be
// trusted, answers longer than the graders read. One local server per test; no wall clocks.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APIConnectionError } from 'openai';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GRADE_INPUT_CHARS } from '../../src/limits.js';
import { createBudgetLedger, createCaller, describeFailure, readUsage, worstCaseCallUsd, type CallerOptions } from '../../src/run/index.js';
import type { CallRequest, RunSettings } from '../../src/types.js';
import { completionBody, modelAt, sendJson, startTestServer, until, type Reply, type TestServer } from './server.js';

const KEY = 'sk-hostile-0123456789abcdef';
const settings: RunSettings = { concurrency: 4, repeats: 1, timeoutMs: 5_000, retries: 2 };
const request: CallRequest = { caseId: 'case-1', repeat: 0, messages: [{ role: 'user', content: 'hello' }] };
const USAGE = { prompt_tokens: 10, completion_tokens: 5 };

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setup(reply: Reply, extra: Partial<CallerOptions> = {}) {
  server = await startTestServer(reply);
  const call = createCaller({
    role: 'candidate',
    model: modelAt(server.url, 'model-x', { max_tokens: 50 }),
    apiKey: KEY,
    settings,
    retryPolicy: { baseDelayMs: 1, maxDelayMs: 2 },
    ...extra,
  });
  return { call, server };
}

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('answers too large to read', () => {
  it('end as a request error, response-too-large, after one attempt', async () => {
    const { call, server } = await setup(
      (_req, res) => sendJson(res, 200, completionBody({ content: 'z'.repeat(200_000), usage: USAGE })),
      { settings: { ...settings, maxResponseBytes: 100_000 } },
    );
    const record = await call(request);
    expect(server.chats()).toHaveLength(1);
    expect(record).toMatchObject({ output: null, attempts: 1 });
    expect(record.error).toEqual({
      kind: 'request',
      status: 200,
      code: 'response-too-large',
      message: 'the response was larger than 97.66 KiB (run.maxResponseSize)',
    });
  });

  it('are refused at the default cap of 8 MiB after decompression', async () => {
    const { call } = await setup((_req, res) => {
      // About 8 KB of gzip that inflates to 9 MiB.
      const body = gzipSync(JSON.stringify(completionBody({ content: ' '.repeat(9 * 1024 * 1024), usage: USAGE })));
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': body.length });
      res.end(body);
    });
    const record = await call(request);
    expect(record.error).toMatchObject({ kind: 'request', code: 'response-too-large' });
    expect(record.error!.message).toBe('the response was larger than 8 MiB (run.maxResponseSize)');
  });

  it('still time out when the body trickles in under the cap', async () => {
    // The call's timer is fake and fires only once the body has started to drip (on real
    // intervals), so the timeout lands mid-body however slow the machine is.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let writes = 0;
      const { call } = await setup(
        (_req, res) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.write('{"id":"chatcmpl-slow","choices":[');
          const drip = setInterval(() => {
            writes++;
            res.write(' ');
          }, 10);
          res.on('close', () => clearInterval(drip));
        },
        { settings: { ...settings, timeoutMs: 150 } },
      );
      const pending = call(request);
      await until(() => writes >= 3, 'the body to start dripping');
      await vi.advanceTimersByTimeAsync(150);
      const record = await pending;
      expect(record.error?.kind).toBe('timeout');
      expect(record.attempts).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('redirects', () => {
  it('end as an infra error, code redirect, naming status and Location, without following or retrying', async () => {
    let elsewhere = 0;
    const target = await startTestServer((_req, res) => {
      elsewhere++;
      sendJson(res, 200, completionBody({ usage: USAGE }));
    });
    try {
      const { call, server } = await setup((_req, res) => {
        res.writeHead(307, { location: `${target.url}/chat/completions` });
        res.end();
      });
      const record = await call(request);
      expect(server.chats()).toHaveLength(1);
      expect(elsewhere).toBe(0);
      expect(record.error).toMatchObject({ kind: 'infra', code: 'redirect', status: 307 });
      expect(record.error!.message).toContain('307 Temporary Redirect');
      expect(record.error!.message).toContain(`${target.url}/chat/completions`);
    } finally {
      await target.close();
    }
  });
});

describe('error bodies', () => {
  it("copy OpenAI's param and code from a 400", async () => {
    const message = "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.";
    const { call } = await setup((_req, res) =>
      sendJson(res, 400, { error: { message, type: 'invalid_request_error', param: 'max_tokens', code: 'unsupported_parameter' } }),
    );
    const record = await call(request);
    expect(record.error).toEqual({ kind: 'request', status: 400, param: 'max_tokens', code: 'unsupported_parameter', message: `400 ${message}` });
  });

  it('take the param from the message when the body has none', async () => {
    const { call } = await setup((_req, res) =>
      sendJson(res, 400, { error: { message: "Unsupported value: 'temperature' does not support 0 with this model.", type: 'invalid_request_error', param: null, code: null } }),
    );
    const record = await call(request);
    expect(record.error).toMatchObject({ kind: 'request', status: 400, param: 'temperature' });
    expect(record.error!.code).toBeUndefined();
  });

  it('keep at most 500 characters of a huge error text, redacted before it is cut', async () => {
    const { call } = await setup((_req, res) => {
      res.writeHead(400, { 'content-type': 'text/plain' });
      res.end(`${'k'.repeat(490)}${KEY}${'e'.repeat(2 * 1024 * 1024)}`);
    });
    const record = await call(request);
    expect(record.error?.kind).toBe('request');
    expect(record.error!.message.length).toBeLessThanOrEqual(501);
    expect(record.error!.message).not.toContain(KEY.slice(0, 12));
  });

  it('ignore a param or code that is not a short identifier', async () => {
    const { call } = await setup((_req, res) =>
      sendJson(res, 422, { error: { message: 'no', param: 'x'.repeat(5_000), code: { nested: true } } }),
    );
    const record = await call(request);
    expect(record.error).toEqual({ kind: 'request', status: 422, message: '422 no' });
  });
});

describe('connection errors', () => {
  it('say what happened in words, with the code and the endpoint', async () => {
    const port = await closedPort();
    const call = createCaller({
      role: 'baseline',
      model: modelAt(`http://127.0.0.1:${port}/v1`),
      apiKey: KEY,
      settings: { ...settings, retries: 1 },
      retryPolicy: { baseDelayMs: 1, maxDelayMs: 2 },
    });
    const record = await call(request);
    expect(record.attempts).toBe(2);
    expect(record.error).toEqual({
      kind: 'infra',
      code: 'ECONNREFUSED',
      message: `connection refused (ECONNREFUSED) at http://127.0.0.1:${port}/v1 (after 2 attempts)`,
    });
  });

  it('leave credentials and the query out of the endpoint they name', async () => {
    const port = await closedPort();
    const call = createCaller({
      role: 'baseline',
      model: modelAt(`http://user:hunter2@127.0.0.1:${port}/v1?api-key=secret`),
      apiKey: KEY,
      settings: { ...settings, retries: 0 },
    });
    const record = await call(request);
    expect(record.error!.message).toContain(`at http://127.0.0.1:${port}/v1 (`);
    expect(record.error!.message).not.toMatch(/hunter2|secret/);
  });

  it.skipIf(!hasOpenssl())('name a self-signed TLS certificate and do not retry it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'llm-gate-tls-'));
    try {
      execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
      let posts = 0;
      const tls = createHttpsServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (_req, res) => {
        posts++;
        res.end('{}');
      });
      await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
      const { port } = tls.address() as AddressInfo;
      try {
        const call = createCaller({ role: 'baseline', model: modelAt(`https://127.0.0.1:${port}/v1`), apiKey: KEY, settings });
        const record = await call(request);
        expect(posts).toBe(0);
        expect(record.attempts).toBe(1);
        expect(record.error).toEqual({
          kind: 'infra',
          code: 'DEPTH_ZERO_SELF_SIGNED_CERT',
          message: `self-signed TLS certificate (DEPTH_ZERO_SELF_SIGNED_CERT) at https://127.0.0.1:${port}/v1 (not retried)`,
        });
      } finally {
        tls.closeAllConnections();
        await new Promise((resolve) => tls.close(resolve));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('describeFailure digs the transport code out of the cause chain', () => {
  const sys = (code: string, message = `${code} happened`) => Object.assign(new Error(message), { code });

  it.each([
    ['ENOTFOUND', 'host not found (ENOTFOUND)'],
    ['EAI_AGAIN', 'DNS lookup failed (temporary) (EAI_AGAIN)'],
    ['ECONNRESET', 'connection reset (ECONNRESET)'],
    ['CERT_HAS_EXPIRED', 'TLS certificate expired (CERT_HAS_EXPIRED)'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'TLS certificate could not be verified (UNABLE_TO_VERIFY_LEAF_SIGNATURE)'],
  ])("of the SDK's APIConnectionError: %s", (code, message) => {
    const failure = describeFailure(new APIConnectionError({ message: 'Connection error.', cause: sys(code) }), 0);
    expect(failure).toMatchObject({ type: 'connection', code, message });
  });

  it("of undici's TypeError('fetch failed'), two causes deep", () => {
    const undici = new TypeError('fetch failed', { cause: sys('ECONNREFUSED') });
    const failure = describeFailure(new APIConnectionError({ message: 'Connection error.', cause: undici }), 0);
    expect(failure).toMatchObject({ type: 'connection', code: 'ECONNREFUSED', message: 'connection refused (ECONNREFUSED)' });
  });

  it('of an AggregateError of address attempts without a code of its own', () => {
    const both = new AggregateError([sys('ECONNREFUSED'), sys('ECONNREFUSED')], 'connect failed');
    expect(describeFailure(both, 0)).toMatchObject({ type: 'connection', code: 'ECONNREFUSED' });
  });

  it('marks TLS verification failures permanent and socket failures not', () => {
    expect(describeFailure(new APIConnectionError({ message: 'x', cause: sys('CERT_HAS_EXPIRED') }), 0)).toMatchObject({ permanent: true });
    expect(describeFailure(new APIConnectionError({ message: 'x', cause: sys('ECONNRESET') }), 0)).not.toHaveProperty('permanent');
  });

  it('keeps an unknown code with the innermost message', () => {
    const failure = describeFailure(new APIConnectionError({ message: 'Connection error.', cause: sys('UND_ERR_SOCKET', 'other side closed') }), 0);
    expect(failure).toEqual({ type: 'connection', code: 'UND_ERR_SOCKET', message: 'connection failed (UND_ERR_SOCKET: other side closed)' });
  });
});

describe('usage that cannot be trusted', () => {
  it.each([
    ['no usage', undefined],
    ['usage null', null],
    ['usage a string', 'lots'],
    ['usage an array', [1, 2]],
    ['no completion_tokens', { prompt_tokens: 10 }],
    ['negative tokens', { prompt_tokens: -10, completion_tokens: 5 }],
    ['tokens as strings', { prompt_tokens: '10', completion_tokens: '5' }],
  ])('is reported by readUsage: %s', (_name, raw) => {
    expect(readUsage(raw).usable).toBe(false);
  });

  it('is usable with zero tokens and without the optional details', () => {
    expect(readUsage({ prompt_tokens: 0, completion_tokens: 0 })).toEqual({ usage: { prompt: 0, cached: 0, completion: 0, reasoning: 0 }, usable: true });
  });

  it('marks the record usageMissing at cost 0 when the JSON says 1e400 (Infinity)', async () => {
    const { call } = await setup((_req, res) => {
      const text = JSON.stringify(completionBody({ content: 'ok', usage: { prompt_tokens: 1, completion_tokens: 1 } })).replace('"completion_tokens":1', '"completion_tokens":1e400');
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(text);
    });
    const record = await call(request);
    expect(record).toMatchObject({ output: 'ok', costUsd: 0, usageMissing: true });
    expect(record.error).toBeUndefined();
  });

  it('settles at its worst case in the budget ledger, so omitting usage cannot run past run.budget', async () => {
    const model = modelAt('http://unused.test/v1', 'model-x', { max_tokens: 50 });
    const worst = worstCaseCallUsd({ messages: request.messages, params: model.params, price: model.price });
    const ledger = createBudgetLedger({ budgetUsd: worst * 2.5 });
    const { call, server } = await setup((_req, res) => sendJson(res, 200, completionBody({ content: 'ok' })), { control: { ledger } });
    const records = [];
    for (let i = 0; i < 4; i++) records.push(await call({ ...request, caseId: `c${i}` }));
    expect(server.chats()).toHaveLength(2);
    expect(records.map((r) => r.usageMissing ?? r.error?.kind)).toEqual([true, true, 'cancelled', 'cancelled']);
    expect(ledger.summary()).toMatchObject({ spentUsd: 0, heldUsd: worst * 2, stopped: true });
  });

  it('leaves the ledger at the actual cost when usage is there', async () => {
    const ledger = createBudgetLedger({});
    const { call } = await setup((_req, res) => sendJson(res, 200, completionBody({ content: 'ok', usage: USAGE })), { control: { ledger } });
    const record = await call(request);
    expect(record.usageMissing).toBeUndefined();
    expect(ledger.summary()).toMatchObject({ spentUsd: record.costUsd, heldUsd: 0 });
    expect(record.costUsd).toBeGreaterThan(0);
  });
});

describe('long answers', () => {
  it('are kept as their first GRADE_INPUT_CHARS characters with their full length', async () => {
    const content = 'ab'.repeat(GRADE_INPUT_CHARS / 2 + 5);
    const { call } = await setup((_req, res) => sendJson(res, 200, completionBody({ content, usage: USAGE })));
    const record = await call(request);
    expect(record.output).toBe(content.slice(0, GRADE_INPUT_CHARS));
    expect(record.outputChars).toBe(content.length);
  });

  it('are cut at GRADE_INPUT_CHARS code units exactly, even through a surrogate pair', async () => {
    const content = `${'a'.repeat(GRADE_INPUT_CHARS - 1)}\u{1F600}${'b'.repeat(10)}`;
    const { call } = await setup((_req, res) => sendJson(res, 200, completionBody({ content, usage: USAGE })));
    const record = await call(request);
    expect(record.output).toBe(content.slice(0, GRADE_INPUT_CHARS));
    expect(record.outputChars).toBe(content.length);
  });

  it('of exactly GRADE_INPUT_CHARS are kept whole, without outputChars', async () => {
    const content = 'c'.repeat(GRADE_INPUT_CHARS);
    const { call } = await setup((_req, res) => sendJson(res, 200, completionBody({ content, usage: USAGE })));
    const record = await call(request);
    expect(record.output).toBe(content);
    expect(record).not.toHaveProperty('outputChars');
  });
});

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

// The transport against bodies a hostile endpoint can send: compression bombs, endless
// bodies, bodies that trickle, redirects, encodings we cannot read. Counts and sizes only:
// nothing here depends on how fast the machine is.
import type { ServerResponse } from 'node:http';
import { brotliCompressSync, constants, createGzip, deflateSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { ResponseRefused } from '../../src/run/refusal.js';
import { attemptSignal, createHttpFetch, ERROR_BODY_BYTES, httpFetch } from '../../src/run/transport.js';
import { MAX_RESPONSE_BYTES } from '../../src/limits.js';
import { startTestServer, type TestServer } from './server.js';

const MiB = 1024 * 1024;

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Writes `chunk` until the client goes away, minding backpressure; resolves with the bytes written. */
function writeForever(res: ServerResponse, chunk: Buffer): Promise<number> {
  return new Promise((resolve) => {
    let written = 0;
    let closed = false;
    res.on('close', () => {
      closed = true;
      resolve(written);
    });
    const pump = (): void => {
      while (!closed) {
        written += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
    };
    pump();
  });
}

async function refusal(promise: Promise<unknown>): Promise<ResponseRefused> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ResponseRefused);
  return err as ResponseRefused;
}

describe('the response size cap', () => {
  it('accepts a body of exactly the cap and refuses one byte more, as response-too-large', async () => {
    const limit = 64 * 1024;
    server = await startTestServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('x'.repeat(req.path.endsWith('/fits') ? limit : limit + 1));
    });
    const fetch = createHttpFetch({ maxResponseBytes: limit });
    expect((await (await fetch(`${server.url}/fits`)).text()).length).toBe(limit);
    const err = await refusal(fetch(`${server.url}/over`));
    expect(err).toMatchObject({ code: 'response-too-large', status: 200 });
    expect(err.message).toBe('the response was larger than 64 KiB (run.maxResponseSize)');
  });

  it('defaults to MAX_RESPONSE_BYTES and says so in its own units', async () => {
    server = await startTestServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(Buffer.alloc(MAX_RESPONSE_BYTES + 1, 0x61));
    });
    const err = await refusal(httpFetch(`${server.url}/models`));
    expect(err.message).toBe('the response was larger than 8 MiB (run.maxResponseSize)');
  });

  it.each([
    ['gzip', (b: Buffer) => gzipSync(b, { level: 1 })],
    ['deflate', (b: Buffer) => deflateSync(b, { level: 1 })],
    ['br', (b: Buffer) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } })],
  ])('counts a %s body after decoding: a small bomb that inflates past the cap is refused', async (encoding, compress) => {
    const bomb = compress(Buffer.alloc(64 * MiB));
    expect(bomb.length).toBeLessThan(MiB); // what goes over the wire is far below the cap
    server = await startTestServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': encoding, 'content-length': bomb.length });
      res.end(bomb);
    });
    const err = await refusal(createHttpFetch({ maxResponseBytes: MiB })(`${server.url}/models`));
    expect(err.code).toBe('response-too-large');
  });

  it('decodes a compressed body within the cap and drops the headers that described the encoded one', async () => {
    const text = JSON.stringify({ data: 'y'.repeat(100_000) });
    server = await startTestServer((_req, res) => {
      const body = gzipSync(text);
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': body.length });
      res.end(body);
    });
    const response = await createHttpFetch({ maxResponseBytes: 200_000 })(`${server.url}/models`);
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(response.headers.get('content-length')).toBeNull();
    expect(await response.text()).toBe(text);
  });

  it('stops reading an endless body soon after the cap instead of buffering it', async () => {
    let sent: Promise<number> | undefined;
    server = await startTestServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      sent = writeForever(res, Buffer.alloc(64 * 1024, 0x61));
    });
    const err = await refusal(createHttpFetch({ maxResponseBytes: MiB })(`${server.url}/models`));
    expect(err.code).toBe('response-too-large');
    // The server stopped when we hung up: what it got out is the cap plus the socket buffers, not unbounded.
    expect(await sent!).toBeLessThan(64 * MiB);
  });

  it('stops inflating an endless gzip stream soon after the cap', async () => {
    const { first, next } = await endlessGzipOfZeros();
    let sent: Promise<number> | undefined;
    server = await startTestServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      res.write(first);
      sent = writeForever(res, next);
    });
    const err = await refusal(createHttpFetch({ maxResponseBytes: MiB })(`${server.url}/models`));
    expect(err.code).toBe('response-too-large');
    // About a kilobyte on the wire per MiB inflated: a few MiB of socket buffers would be
    // gigabytes inflated, so reading stopped long before the stream was consumed.
    expect(await sent!).toBeLessThan(64 * MiB);
  });

  it('keeps the first ERROR_BODY_BYTES of a huge error body, with its status, instead of refusing it', async () => {
    server = await startTestServer((_req, res) => {
      res.writeHead(503, { 'content-type': 'text/html' });
      void writeForever(res, Buffer.alloc(64 * 1024, 0x62));
    });
    const response = await httpFetch(`${server.url}/models`);
    expect(response.status).toBe(503);
    expect((await response.text()).length).toBe(ERROR_BODY_BYTES);
  });

  it('rejects a cap that is not a positive whole number of bytes', () => {
    for (const bad of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => createHttpFetch({ maxResponseBytes: bad })).toThrow(/maxResponseSize/);
    }
  });
});

describe('a body that trickles', () => {
  it('is cut off by the attempt signal mid-body, whatever the cap', async () => {
    let writes = 0;
    server = await startTestServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      const gzip = createGzip();
      gzip.pipe(res);
      const drip = setInterval(() => {
        writes++;
        gzip.write('{"a":1}');
        gzip.flush();
      }, 5);
      res.on('close', () => clearInterval(drip));
    });
    const attempt = new AbortController();
    const pending = attemptSignal.run(attempt.signal, () => httpFetch(`${server!.url}/models`));
    while (writes < 3) await new Promise((resolve) => setTimeout(resolve, 5));
    attempt.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('redirects', () => {
  it.each([301, 302, 303, 307, 308])('refuses a %i without following it, naming the status and Location', async (status) => {
    server = await startTestServer((_req, res) => {
      res.writeHead(status, { location: 'https://elsewhere.test/v1/chat/completions', 'content-type': 'text/plain' });
      res.end('moved');
    });
    const err = await refusal(httpFetch(`${server.url}/chat/completions`, { method: 'POST', body: '{}' }));
    expect(err).toMatchObject({ code: 'redirect', status });
    expect(err.message).toMatch(new RegExp(`^${status} `));
    expect(err.message).toContain('"https://elsewhere.test/v1/chat/completions"');
    expect(server.requests).toHaveLength(1);
  });

  it('says when a redirect has no Location', async () => {
    server = await startTestServer((_req, res) => {
      res.writeHead(302);
      res.end();
    });
    const err = await refusal(httpFetch(`${server.url}/models`));
    expect(err.message).toContain('302 Found (no Location header)');
  });
});

describe('encodings', () => {
  it('refuses an encoding it cannot decode, naming it', async () => {
    server = await startTestServer((_req, res) => {
      res.writeHead(200, { 'content-encoding': 'zstd' });
      res.end('????');
    });
    const err = await refusal(httpFetch(`${server.url}/models`));
    expect(err).toMatchObject({ code: 'content-encoding' });
    expect(err.message).toContain('"zstd"');
  });

  it('rejects a gzip body that does not decode with a zlib code, as a transfer error', async () => {
    server = await startTestServer((_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip' });
      res.end('this is not gzip at all');
    });
    await expect(httpFetch(`${server.url}/models`)).rejects.toMatchObject({ code: 'Z_DATA_ERROR' });
  });

  it('rejects a gzip body cut short at its end', async () => {
    const whole = gzipSync('{"ok":true,"padding":"' + 'p'.repeat(1000) + '"}');
    server = await startTestServer((_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip' });
      res.end(whole.subarray(0, whole.length - 10));
    });
    await expect(httpFetch(`${server.url}/models`)).rejects.toMatchObject({ code: 'Z_BUF_ERROR' });
  });
});

/**
 * One gzip member that never ends: the header with a MiB of zeros, then the same block of a
 * MiB of zeros forever. After a full flush the compressor starts from an empty dictionary,
 * so each further MiB of zeros compresses to the same bytes.
 */
async function endlessGzipOfZeros(): Promise<{ first: Buffer; next: Buffer }> {
  const gzip = createGzip({ level: 9 });
  const zeros = Buffer.alloc(MiB);
  const step = async (): Promise<Buffer> => {
    const parts: Buffer[] = [];
    const take = (chunk: Buffer): number => parts.push(chunk);
    gzip.on('data', take);
    gzip.write(zeros);
    await new Promise<void>((resolve) => gzip.flush(constants.Z_FULL_FLUSH, () => resolve()));
    gzip.off('data', take);
    return Buffer.concat(parts);
  };
  const first = await step();
  const next = await step();
  expect(await step()).toEqual(next);
  gzip.destroy();
  return { first, next };
}

// Reading a response body from a hostile endpoint: decoded as it streams in, counted after
// decoding, and dropped the moment it passes the cap. A gzip bomb (1 MB on the wire, 1 GB
// inflated) then costs at most the cap in memory and a few milliseconds of inflating, and
// because every step is a stream event, the attempt's timeout still fires in the middle of
// a slow or endless body (the transport destroys the response, which ends the read here).
import type { IncomingMessage } from 'node:http';
import type { Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { ResponseRefused, tooLargeMessage } from './refusal.js';

export interface BodyLimit {
  /** Bytes kept after decoding. */
  maxBytes: number;
  /**
   * What passing maxBytes means. refuse: the read rejects with a response-too-large
   * ResponseRefused. truncate: the read resolves with the first maxBytes (an error body,
   * whose text is only ever quoted in part).
   */
  overflow: 'refuse' | 'truncate';
}

export interface Body {
  bytes: Buffer;
  /** The body was longer than the limit and `bytes` is its start. */
  truncated: boolean;
}

/**
 * Compressed bytes taken per decoded byte allowed before giving up. Deflate never inflates
 * valid data by more than a few bytes per 64 KiB block, so this only stops a stream that
 * keeps sending after its compressed end (which decodes to nothing).
 */
const WIRE_BYTES_PER_BODY_BYTE = 2;

type Decoder = Transform;

/** We send no accept-encoding, but a server may compress anyway. */
function createDecoder(encoding: string | undefined, status: number): Decoder | undefined {
  switch (encoding?.trim().toLowerCase()) {
    case undefined:
    case '':
    case 'identity':
      return undefined;
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'deflate':
      return createInflate();
    case 'br':
      return createBrotliDecompress();
    default:
      throw new ResponseRefused('content-encoding', status, `the endpoint sent content-encoding "${String(encoding).slice(0, 40)}", which llm-gate cannot decode`);
  }
}

/** A body that does not decode is a transfer that went wrong, like a body cut short. */
function decodeError(err: unknown, encoding: string | undefined): Error {
  const zlib = err as { code?: unknown; message?: unknown };
  const code = typeof zlib.code === 'string' ? zlib.code : 'Z_DATA_ERROR';
  return Object.assign(new Error(`the ${encoding} response body could not be decoded (${String(zlib.message)})`), { code });
}

/** Where pumpBody delivers: the decoded chunks, then exactly one of end or error. */
interface BodySink {
  data(chunk: Buffer): void;
  end(truncated: boolean): void;
  error(err: unknown): void;
}

/** Reads `res` to its end, decoded, within `limit`; rejects on a transport error or a refused size. */
export function readBody(res: IncomingMessage, status: number, limit: BodyLimit): Promise<Body> {
  return new Promise<Body>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let kept = 0;
    pumpBody(res, status, limit, {
      data: (chunk) => {
        chunks.push(chunk);
        kept += chunk.length;
      },
      end: (truncated) => resolve({ bytes: Buffer.concat(chunks, kept), truncated }),
      error: reject,
    });
  });
}

/**
 * The body as a stream (server-sent events), decoded and counted as it arrives: the SDK
 * parses each event when its bytes land, so time to first token is what the wire gave.
 * Passing the cap errors the stream (limit.overflow is read as refuse); so does a
 * transport error or `res` being destroyed by an abort.
 */
export function streamBody(res: IncomingMessage, status: number, limit: BodyLimit, onEnd: (error?: unknown) => void): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      pumpBody(res, status, { maxBytes: limit.maxBytes, overflow: 'refuse' }, {
        data: (chunk) => controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length)),
        end: () => {
          onEnd();
          controller.close();
        },
        error: (err) => {
          onEnd(err);
          controller.error(err);
        },
      });
    },
    cancel() {
      // The SDK stopped reading (its consumer broke out of the loop): free the socket.
      res.destroy();
      onEnd();
    },
  });
}

function pumpBody(res: IncomingMessage, status: number, limit: BodyLimit, sink: BodySink): void {
  const encoding = res.headers['content-encoding'];
  let decoder: Decoder | undefined;
  try {
    decoder = createDecoder(encoding, status);
  } catch (err) {
    res.destroy();
    sink.error(err);
    return;
  }
  let kept = 0;
  let wireBytes = 0;
  let done = false;

  const finish = (error: unknown, truncated = false): void => {
    if (done) return;
    done = true;
    decoder?.destroy();
    // Stop the server sending what we will not read; the socket is not reused.
    if (error !== undefined || truncated) res.destroy();
    if (error !== undefined) sink.error(error);
    else sink.end(truncated);
  };
  const overflow = (): void => {
    if (limit.overflow === 'refuse') finish(new ResponseRefused('response-too-large', status, tooLargeMessage(limit.maxBytes)));
    else finish(undefined, true);
  };
  const take = (chunk: Buffer): void => {
    if (done) return;
    const room = limit.maxBytes - kept;
    if (chunk.length <= room) {
      sink.data(chunk);
      kept += chunk.length;
      return;
    }
    if (limit.overflow === 'truncate' && room > 0) {
      sink.data(chunk.subarray(0, room));
      kept += room;
    }
    overflow();
  };
  res.on('error', (err) => finish(err));
  res.on('close', () => {
    // The socket died before the body was complete (a reset mid-response).
    if (!res.complete) finish(Object.assign(new Error('socket hang up: response body cut short'), { code: 'ECONNRESET' }));
  });

  if (!decoder) {
    res.on('data', take);
    res.on('end', () => finish(undefined));
    return;
  }
  const inflate = decoder;
  let waiting = false;
  inflate.on('data', take);
  inflate.on('end', () => finish(undefined));
  inflate.on('error', (err) => finish(decodeError(err, encoding)));
  res.on('data', (chunk: Buffer) => {
    if (done) return;
    wireBytes += chunk.length;
    if (wireBytes > WIRE_BYTES_PER_BODY_BYTE * limit.maxBytes) return overflow();
    // Backpressure: while the inflater is behind, leave the bytes in the socket, so the
    // compressed input held in memory stays at one stream buffer.
    if (!inflate.write(chunk) && !waiting) {
      waiting = true;
      res.pause();
      inflate.once('drain', () => {
        waiting = false;
        if (!done) res.resume();
      });
    }
  });
  res.on('end', () => {
    if (!done) inflate.end();
  });
}

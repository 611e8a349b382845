// Log files at the edge: regular files only, read as a stream of lines whatever their size.
// A line past the size limit is not held in memory: it is reported cut, and reading resumes
// at the next newline.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { LlmGateError } from '../errors.js';
import { IMPORT_LIMITS, type LogLine } from './traffic.js';

export async function readLogLines(path: string, shown: string, maxLineChars: number = IMPORT_LIMITS.maxLineChars): Promise<LogLine[]> {
  const info = await stat(path).catch((err: NodeJS.ErrnoException) => {
    throw new LlmGateError(err.code === 'ENOENT' ? `log file not found: ${shown}` : `cannot read log file ${shown}: ${err.code ?? err.message}`, { code: 'usage', cause: err });
  });
  if (!info.isFile()) throw new LlmGateError(`log file ${shown} is not a regular file`, { code: 'usage' });
  const out: LogLine[] = [];
  const decoder = new StringDecoder('utf8');
  let partial = '';
  let cut = false;
  let line = 0;
  const push = (text: string) => {
    line++;
    const clean = text.endsWith('\r') ? text.slice(0, -1) : text;
    out.push(cut ? { source: shown, line, text: '', tooLong: true } : { source: shown, line, text: line === 1 ? clean.replace(/^\uFEFF/, '') : clean });
    cut = false;
  };
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) {
    let text = decoder.write(chunk as Buffer);
    for (;;) {
      const nl = text.indexOf('\n');
      if (nl < 0) break;
      push(partial + text.slice(0, nl));
      partial = '';
      text = text.slice(nl + 1);
    }
    if (!cut) partial += text;
    if (partial.length > maxLineChars) {
      cut = true;
      partial = '';
    }
  }
  partial += decoder.end();
  if (partial !== '' || cut) push(cut ? '' : partial);
  return out;
}

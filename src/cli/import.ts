// `llm-gate import LOGFILE... --out FILE`: production traffic → an eval set (JSONL), with a
// summary of what was read, skipped and masked on stderr (and as JSON with --json).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { LlmGateError } from '../errors.js';
import { displayPath } from '../config/files.js';
import { readLogLines } from '../import/read-lines.js';
import { importTraffic, summaryLines, type LogLine } from '../import/traffic.js';
import { createRedactor, secretsFromEnv } from '../shell/redact.js';
import { EXIT } from './exit-codes.js';

export interface ImportCommandOptions {
  logs: string[];
  out: string;
  sample?: number;
  by?: string;
  seed: number;
  mask: boolean;
  json?: string;
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

export async function importCommand(options: ImportCommandOptions): Promise<number> {
  const lines: LogLine[] = [];
  for (const log of options.logs) {
    const abs = resolve(options.cwd, log);
    lines.push(...(await readLogLines(abs, displayPath(options.cwd, abs))));
  }
  const { cases, summary } = importTraffic(lines, { sample: options.sample, by: options.by, seed: options.seed, mask: options.mask });
  // The keys in this environment too, whatever the patterns missed: the last step before writing.
  const redact = createRedactor(secretsFromEnv(options.env));
  const say = (line: string) => options.stderr.write(`llm-gate import: ${redact(line)}\n`);
  if (cases.length === 0) {
    for (const line of summaryLines(summary, options.out)) say(line);
    throw new LlmGateError('no exchange could be imported: nothing was written', { code: 'usage', hint: 'each line must be one logged call: {"request": {...}, "response": {...}, "metadata": {...}}' });
  }
  const out = resolve(options.cwd, options.out);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, redact(cases.map((c) => JSON.stringify(c)).join('\n') + '\n'));
  for (const line of summaryLines(summary, displayPath(options.cwd, out))) say(line);
  if (summary.graders['llm-judge'] > 0) say('the llm-judge graders need a judge model: add judge: { model: ... } to llm-gate.yml');
  if (options.json) {
    const path = resolve(options.cwd, options.json);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, redact(`${JSON.stringify(summary, null, 2)}\n`));
  }
  return EXIT.pass;
}

// `llm-gate init`: writes a starter llm-gate.yml and one eval file per workload kind into
// the working directory. It never overwrites a file (unless --force): what exists is the
// user's work.
import { mkdir, writeFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { LlmGateError } from '../errors.js';
import { builtinPrice } from '../config/prices.js';
import { DEFAULT_INIT_MODELS, EVAL_TEMPLATES, configTemplate } from './init-templates.js';
import { EXIT } from './exit-codes.js';

export interface InitOptions {
  baseline?: string;
  candidate?: string;
  force: boolean;
  cwd: string;
  stdout: NodeJS.WriteStream;
}

export const CONFIG_FILE = 'llm-gate.yml';

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

export async function initCommand(options: InitOptions): Promise<number> {
  const baseline = options.baseline ?? DEFAULT_INIT_MODELS.baseline;
  const candidate = options.candidate ?? DEFAULT_INIT_MODELS.candidate;
  for (const [flag, model] of [['--baseline', baseline], ['--candidate', candidate]] as const) {
    if (!/^[\w.:/@-]{1,200}$/.test(model)) throw new LlmGateError(`${flag} expects a model id such as gpt-4.1-mini, got ${JSON.stringify(model)}`, { code: 'usage' });
  }
  const files: Record<string, string> = {
    [CONFIG_FILE]: configTemplate({ baseline, candidate, baselinePriced: builtinPrice(baseline) !== undefined, candidatePriced: builtinPrice(candidate) !== undefined }),
    ...EVAL_TEMPLATES,
  };
  if (!options.force) {
    const present = [];
    for (const file of Object.keys(files)) if (await exists(resolve(options.cwd, file))) present.push(file);
    if (present.length > 0) {
      throw new LlmGateError(`${present.join(', ')} already exist${present.length === 1 ? 's' : ''}; nothing was written`, { code: 'usage', hint: 'run it in an empty directory, or pass --force to overwrite' });
    }
  }
  for (const [file, text] of Object.entries(files)) {
    const path = resolve(options.cwd, file);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
    options.stdout.write(`wrote ${file}\n`);
  }
  const unpriced = [baseline, candidate].filter((m) => builtinPrice(m) === undefined);
  if (unpriced.length > 0) options.stdout.write(`set the price of ${unpriced.join(' and ')} in ${CONFIG_FILE} (no built-in price)\n`);
  options.stdout.write(`next: llm-gate validate   (checks everything and prints the plan; no calls)\n`);
  return EXIT.pass;
}

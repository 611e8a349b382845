import { parseCommand } from './args.js';
import { HELP } from './help.js';
import { runCommand } from './run.js';
import { demoCommand } from './demo.js';
import { LlmGateError } from '../errors.js';
import { EXIT, exitCodeForError } from './exit-codes.js';
import { VERSION } from '../version.js';

/** Parses argv, runs one command, returns the exit code. Signals abort the run so reports still get written. */
export async function main(argv: string[], entry: URL): Promise<number> {
  const controller = new AbortController();
  const stop = (): void => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    const command = parseCommand(argv);
    const io = { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, signal: controller.signal, entry };
    switch (command.name) {
      case 'help':
        process.stdout.write(HELP);
        return EXIT.pass;
      case 'version':
        process.stdout.write(`${VERSION}\n`);
        return EXIT.pass;
      case 'run':
        return await runCommand({ ...command, ...io });
      case 'regrade': {
        const { regradeCommand } = await import('./reports.js');
        return await regradeCommand({ ...command, ...io });
      }
      case 'merge': {
        const { mergeCommand } = await import('./reports.js');
        return await mergeCommand({ ...command, ...io });
      }
      case 'validate': {
        // Loads the config stage (zod, ajv) in this thread: only for this command.
        const { validateCommand } = await import('./validate.js');
        return await validateCommand({ ...command, ...io });
      }
      case 'init': {
        const { initCommand } = await import('./init.js');
        return await initCommand({ ...command, cwd: io.cwd, stdout: io.stdout });
      }
      case 'import': {
        const { importCommand } = await import('./import.js');
        return await importCommand({ ...command, cwd: io.cwd, env: io.env, stdout: io.stdout, stderr: io.stderr });
      }
      case 'demo':
        return await demoCommand({ ...io, outputs: command });

      case 'simulate': {
        // The simulator reads the eval set (config, zod): loaded only for this command.
        const { simulateCommand } = await import('../simulator/index.js');
        const simulator = await simulateCommand({ ...command, cwd: io.cwd, env: io.env, out: (line) => process.stdout.write(`${line}\n`) });
        await new Promise<void>((done) => controller.signal.addEventListener('abort', () => done(), { once: true }));
        await simulator.close();
        return EXIT.pass;
      }
    }
  } catch (err) {
    if (err instanceof LlmGateError) {
      process.stderr.write(`llm-gate: error: ${err.format()}\n`);
      return exitCodeForError(err.code);
    }
    process.stderr.write(`llm-gate: internal error: ${(err as Error).stack ?? String(err)}\n`);
    return EXIT.couldNotJudge;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}

// Runs a script under Node 22 or newer, whatever Node npm was started with: the README's
// two commands must work on a machine that still has Node 20. An older Node fetches Node
// 24 from the npm registry once (the platform package, into .tools/, as CI does), says so
// in one line, and re-runs the command under it. Plain JavaScript that Node 18 can run.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MIN_MAJOR = 22;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

function run(node, argv) {
  const child = spawn(node, argv, { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const major = Number(process.versions.node.split('.')[0]);
if (major >= MIN_MAJOR) {
  run(process.execPath, args);
} else {
  const pkg = `node-${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`;
  const binary = process.platform === 'win32' ? join(root, '.tools', 'node_modules', pkg, 'node.exe') : join(root, '.tools', 'node_modules', pkg, 'bin', 'node');
  process.stderr.write(`llm-gate needs Node ${MIN_MAJOR} or newer and this is ${process.versions.node}: running under Node 24 from the npm package ${pkg} (in .tools/)\n`);
  if (!existsSync(binary)) {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    execFileSync(npm, ['install', '--prefix', join(root, '.tools'), '--no-save', '--no-audit', '--no-fund', '--loglevel=error', `${pkg}@24`], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  // Child processes the command starts (vitest's workers, the tests' bundles) find it first on PATH too.
  process.env.PATH = `${dirname(binary)}${process.platform === 'win32' ? ';' : ':'}${process.env.PATH ?? ''}`;
  run(binary, args);
}

// tsc compiles src/ to build/ (ncc's TypeScript loader cannot use TypeScript 7),
// then ncc bundles each entry into one self-contained ESM file under dist/.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const entries = { 'cli.js': 'build/cli.js', 'index.js': 'build/action.js' };
const bin = (name) => join('node_modules', '.bin', name);

rmSync('build', { recursive: true, force: true });
execFileSync(bin('tsc'), ['-p', 'tsconfig.json'], { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
for (const [out, entry] of Object.entries(entries)) {
  if (!existsSync(entry)) continue;
  const tmp = join('build', '.ncc-' + out);
  execFileSync(bin('ncc'), ['build', entry, '-o', tmp, '--quiet', '--no-source-map-register', '--license', 'licenses.txt'], { stdio: 'inherit' });
  for (const file of readdirSync(tmp)) {
    const target = file === 'index.js' ? out : file;
    // Lazily loaded chunks are named by webpack's module ids; two entries must not share one.
    if (file.endsWith('.index.js') && existsSync(join('dist', target))) throw new Error(`build: chunk ${target} is written by two entries`);
    if (file === 'index.js') renameSync(join(tmp, file), join('dist', target));
    else cpSync(join(tmp, file), join('dist', target), { recursive: true });
  }
}

// tsc compiles src/ to build/ (ncc's TypeScript loader cannot use TypeScript 7),
// then ncc bundles each entry into one self-contained ESM file under dist/.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Each entry's lazily loaded chunks get a suffix of their own: webpack names chunks by module
// id, so two entries would otherwise write different code under the same file name.
const entries = {
  'cli.js': { entry: 'build/cli.js', chunks: '.index.js' },
  'index.js': { entry: 'build/action.js', chunks: '.action.js' },
};
const RUNTIME_CHUNK_NAME = 'return "" + chunkId + ".index.js";';
const bin = (name) => join('node_modules', '.bin', name);

rmSync('build', { recursive: true, force: true });
execFileSync(bin('tsc'), ['-p', 'tsconfig.json'], { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');
for (const [out, { entry, chunks }] of Object.entries(entries)) {
  if (!existsSync(entry)) continue;
  const tmp = join('build', '.ncc-' + out);
  execFileSync(bin('ncc'), ['build', entry, '-o', tmp, '--quiet', '--no-source-map-register', '--license', 'licenses.txt'], { stdio: 'inherit' });
  for (const file of readdirSync(tmp)) {
    if (file === 'index.js') {
      let code = readFileSync(join(tmp, file), 'utf8');
      const chunked = readdirSync(tmp).some((f) => f.endsWith('.index.js'));
      if (chunks !== '.index.js' && chunked) {
        if (!code.includes(RUNTIME_CHUNK_NAME)) throw new Error(`build: cannot find webpack's chunk file names in ${out} to give them ${chunks}`);
        code = code.replace(RUNTIME_CHUNK_NAME, `return "" + chunkId + "${chunks}";`);
      }
      writeFileSync(join('dist', out), code, { mode: out === 'cli.js' ? 0o755 : 0o644 });
    } else if (file.endsWith('.index.js')) {
      const target = file.replace(/\.index\.js$/, chunks);
      if (existsSync(join('dist', target))) throw new Error(`build: chunk ${target} is written by two entries`);
      cpSync(join(tmp, file), join('dist', target));
    } else {
      cpSync(join(tmp, file), join('dist', file), { recursive: true });
    }
  }
}

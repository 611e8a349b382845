// Writes the README's demo report (between the demo-report markers) from a fresh run of the
// built demo, so the README shows what `npm run demo` prints today. Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'llm-gate-readme-demo-'));
try {
  execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), 'demo', '--markdown', 'report.md', '--quiet'], { cwd: dir, stdio: 'inherit' });
  const markdown = readFileSync(join(dir, 'report.md'), 'utf8').trimEnd();
  const readmePath = join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const start = '<!-- demo-report:start -->';
  const end = '<!-- demo-report:end -->';
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error('README.md has no demo-report markers');
  writeFileSync(readmePath, `${readme.slice(0, from + start.length)}\n${markdown}\n\n${readme.slice(to)}`);
  console.log('wrote README.md demo report');
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// Writes the editor JSON Schemas (schema/*.json) from the zod schemas.
// Needs a build first (npm run build compiles src/ into build/).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { schemaFiles } = await import(pathToFileURL(join(root, 'build', 'config', 'json-schema.js')).href);
for (const [file, content] of Object.entries(schemaFiles())) {
  const target = join(root, file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
  console.log(`wrote ${file}`);
}

// The README's config reference comes from the same schema.
const { withConfigReference } = await import(pathToFileURL(join(root, 'build', 'config', 'reference.js')).href);
const readmePath = join(root, 'README.md');
const { readFileSync } = await import('node:fs');
writeFileSync(readmePath, withConfigReference(readFileSync(readmePath, 'utf8')));
console.log('wrote README.md config reference');

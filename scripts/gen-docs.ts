#!/usr/bin/env -S npx tsx
// `npm run gen:docs`: rewrites .env.example and the README's variable tables from the table of
// variables (lib/config/variables.ts). `--check` changes nothing and exits 1 when either drifted.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateEnvExample, replaceReadmeVariables } from '../lib/config/docs.ts';

const root = resolve(import.meta.dirname, '..');
const check = process.argv.includes('--check');
const files: [path: string, render: (old: string) => string][] = [
  [join(root, '.env.example'), () => generateEnvExample()],
  [join(root, 'README.md'), (old) => replaceReadmeVariables(old)],
];
let drifted = 0;
for (const [path, render] of files) {
  const old = readFileSync(path, 'utf8');
  const next = render(old);
  if (old === next) continue;
  drifted++;
  if (check) process.stderr.write(`${path} is out of date: run npm run gen:docs\n`);
  else {
    writeFileSync(path, next);
    process.stdout.write(`wrote ${path}\n`);
  }
}
process.exitCode = check && drifted ? 1 : 0;

/** The documents generated from the table must match the committed files (`npm run gen:docs`). */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateEnvExample, generateReadmeVariables, README_END, README_START, replaceReadmeVariables } from '../../../lib/config/docs.ts';
import { isPorted, VARIABLE_LIST } from '../../../lib/config/variables.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

function firstDifference(actual: string, expected: string): string {
  const a = actual.split('\n');
  const e = expected.split('\n');
  for (let i = 0; i < Math.max(a.length, e.length); i++) {
    if (a[i] !== e[i]) return `line ${i + 1}: file has ${JSON.stringify(a[i])}, the table gives ${JSON.stringify(e[i])}`;
  }
  return 'no difference';
}

test('.env.example is generated from the table (run npm run gen:docs)', () => {
  const file = read('.env.example');
  const generated = generateEnvExample();
  assert.ok(file === generated, `.env.example drifted from lib/config/variables.ts: ${firstDifference(file, generated)}`);
});

test('README variable tables are generated from the table (run npm run gen:docs)', () => {
  const file = read('README.md');
  assert.ok(file.includes(README_START) && file.includes(README_END), 'README.md lacks the variables markers');
  const generated = replaceReadmeVariables(file);
  assert.ok(file === generated, `README.md drifted from lib/config/variables.ts: ${firstDifference(file, generated)}`);
});

test('the README block names every variable of the table, ported or not', () => {
  const block = generateReadmeVariables();
  for (const { name } of VARIABLE_LIST) assert.ok(block.includes(`\`${name}\``), `${name} missing from the README block`);
  assert.ok(block.includes('### Variables of the bash not ported'));
});

test('.env.example holds every ported variable, commented out, and no secret value', () => {
  const example = generateEnvExample();
  for (const { name, variable } of VARIABLE_LIST) {
    if (isPorted(variable)) assert.match(example, new RegExp(`^# ${name}=`, 'm'), `${name} missing`);
    else assert.not.match(example, new RegExp(`^# ${name}=`, 'm'), `${name} is not ported`);
  }
  assert.not.match(example, /^[A-Z]/m, 'no active assignment: copying the file changes nothing');
});

test('replaceReadmeVariables refuses a README without markers', () => {
  assert.throws(() => replaceReadmeVariables('# no markers\n'), /markers/);
});

test.run();

/**
 * One list of commands: package.json's bins and action.yml's command list are what `npm run build`
 * writes from COMMANDS (lib/action/commands.ts). Fails on drift: run `npm run build` and commit.
 */
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { COMMANDS, declaredCommands, RESERVED_COMMANDS } from '../../../lib/action/commands.ts';
import { BIN_FILE, packageBins, withBins, withCommandDescription } from '../../../lib/action/manifests.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const read = (file: string) => readFileSync(resolve(ROOT, file), 'utf8');
const commandInput = (yml: string) => String((parse(yml) as { inputs: { command: { description: string } } }).inputs.command.description);

const manifests = suite('package.json bins and action.yml commands, from COMMANDS');

manifests('package.json: a bin for every command and reserved command, nothing else (npm run build writes them)', () => {
  const text = read('package.json');
  assert.is(text, withBins(text, declaredCommands()), 'package.json bin drifted from COMMANDS: run npm run build');
  const bins = (JSON.parse(text) as { bin: Record<string, string> }).bin;
  const expected = [
    'ci-images',
    ...Object.keys(COMMANDS).map((n) => `ci-images-${n}`),
    ...Object.keys(RESERVED_COMMANDS).map((n) => `ci-images-${n}`),
  ];
  assert.equal(Object.keys(bins).sort(), [...new Set(expected)].sort());
  for (const name of ['ci-images-pull', 'ci-images-merge-platforms']) assert.is(bins[name], BIN_FILE, name);
});

manifests('action.yml: the command input lists every command with its summary and inputs (npm run build writes it)', () => {
  const text = read('action.yml');
  assert.is(text, withCommandDescription(text, declaredCommands()), 'action.yml command list drifted from COMMANDS: run npm run build');
  const description = commandInput(text);
  const listed = [...description.matchAll(/^- ([a-z][a-z-]*): /gm)].map((m) => m[1]);
  assert.equal(
    listed,
    declaredCommands().map((c) => c.name),
  );
  assert.match(description, /^- pull: .*\(inputs: run-id, python, image, timeout\)$/m);
  assert.match(description, /^- promote: .*\(inputs: from-tag, python, image, timeout\)$/m);
});

manifests('drift is repaired, not kept: a missing bin or command line comes back; a stale one goes', () => {
  const pkg = read('package.json');
  const stale = JSON.parse(pkg) as { bin: Record<string, string> };
  delete stale.bin['ci-images-pull'];
  stale.bin['ci-images-gone'] = BIN_FILE;
  const repaired = JSON.parse(withBins(JSON.stringify(stale, null, 2) + '\n', declaredCommands())) as { bin: Record<string, string> };
  assert.is(repaired.bin['ci-images-pull'], BIN_FILE);
  assert.not.ok('ci-images-gone' in repaired.bin);
  const yml = read('action.yml');
  const dropped = yml.replace(/^ {6}- prune: .*\n/m, '');
  assert.is.not(dropped, yml);
  assert.is(withCommandDescription(dropped, declaredCommands()), yml);
});

manifests('a new command is one entry: its bin and its action.yml line follow', () => {
  const added = [...declaredCommands(), { name: 'digest', summary: 'print the manifest digest of REF', inputs: ['timeout'] }];
  assert.is(packageBins(added)['ci-images-digest'], BIN_FILE);
  const yml = withCommandDescription(read('action.yml'), added);
  assert.match(commandInput(yml), /^- digest: print the manifest digest of REF \(inputs: timeout\)$/m);
  // The rest of action.yml is untouched.
  assert.equal(
    Object.keys((parse(yml) as { inputs: object }).inputs),
    Object.keys((parse(read('action.yml')) as { inputs: object }).inputs),
  );
});

manifests.run();

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { scriptHelp, SECTIONS_BY_SCRIPT } from '../../../lib/cli/help.ts';
import { PORTED_NAMES } from '../../../lib/config/variables.ts';

const SCRIPTS = readdirSync(resolve(import.meta.dirname, '../../../scripts/ci/images'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3));

test('every recipe has its variables in --help, from the one table', () => {
  assert.equal(Object.keys(SECTIONS_BY_SCRIPT).sort(), [...SCRIPTS].sort());
  for (const script of SCRIPTS) {
    const help = scriptHelp(script, 'Usage: x');
    assert.match(help, /^Usage: x\n\nVariables \(environment or \.env; empty means the default\):\n/);
    const listed = [...help.matchAll(/^ {2}([A-Z][A-Z0-9_]+) /gm)].map((m) => m[1]);
    assert.ok(listed.length > 10, script);
    for (const name of listed) assert.ok(PORTED_NAMES.includes(name), `${script}: ${name} is in the table`);
  }
  assert.match(scriptHelp('wait-for-all-ci-images', 'u'), /^ {2}WAIT_FOR_IMAGE_TIMEOUT +3600 /m);
  assert.match(scriptHelp('prepare-ci-image', 'u'), /^ {2}DOCKER_CACHE +pulled /m);
  assert.not.match(scriptHelp('prune-images', 'u'), /DOCKER_CACHE/);
  // The commands on plain references name no Airflow image variable.
  for (const script of ['wait-for-images', 'copy-image', 'tag-image', 'image-digest', 'list-tags']) {
    assert.not.match(scriptHelp(script, 'u'), /GITHUB_REGISTRY_PULL_IMAGE_TAG|PYTHON_MAJOR_MINOR/, script);
  }
});

test.run();

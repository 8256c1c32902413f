// scripts/apt-install, the README's and .ci/run's installer, run with a recording apt-get placed
// first on PATH and POLICY_RC_D pointing into a temp dir: while the install step runs, the policy
// must exist and answer 101 (services are not started), and afterwards the machine's own policy,
// if any, is back byte for byte.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';

const script = new URL('../../../scripts/apt-install', import.meta.url).pathname;
const aptInstall = suite('scripts/apt-install: packages without their services');

function rig(aptExit = 0) {
  const dir = mkdtempSync(join(tmpdir(), 'apt-install-'));
  const policy = join(dir, 'policy-rc.d');
  const calls = join(dir, 'calls');
  // The fake apt-get writes, per call, its arguments and what the policy answered at that moment.
  writeFileSync(
    join(dir, 'apt-get'),
    `#!/bin/sh\nif [ -x "$POLICY_RC_D" ]; then "$POLICY_RC_D" docker-registry start; answer=$?; else answer=none; fi\n` +
      `echo "$1 policy=$answer" >> ${JSON.stringify(calls)}\n[ "$1" = install ] && exit ${aptExit}\nexit 0\n`,
  );
  chmodSync(join(dir, 'apt-get'), 0o755);
  const run = (...args: string[]) =>
    spawnSync('sh', [script, ...args], { env: { PATH: `${dir}:/usr/bin:/bin`, POLICY_RC_D: policy }, encoding: 'utf8', timeout: 10_000 });
  const log = () => (existsSync(calls) ? readFileSync(calls, 'utf8').trim().split('\n') : []);
  return { dir, policy, run, log, done: () => rmSync(dir, { recursive: true, force: true }) };
}

aptInstall('no policy before: services forbidden during update and install, no policy left after', () => {
  const r = rig();
  try {
    const result = r.run('docker-registry', 'skopeo');
    assert.is(result.status, 0, result.stderr);
    assert.equal(r.log(), ['update policy=101', 'install policy=101']);
    assert.not.ok(existsSync(r.policy));
  } finally {
    r.done();
  }
});

aptInstall("the machine's own policy comes back byte for byte, also when apt-get fails", () => {
  const r = rig(100);
  try {
    const own = '#!/bin/sh\n# site policy\nexit 0\n';
    writeFileSync(r.policy, own, { mode: 0o755 });
    const result = r.run('docker.io');
    assert.is.not(result.status, 0);
    assert.equal(r.log(), ['update policy=101', 'install policy=101']);
    assert.is(readFileSync(r.policy, 'utf8'), own);
  } finally {
    r.done();
  }
});

aptInstall('no package named: exit 2 with one line, apt-get never called', () => {
  const r = rig();
  try {
    const result = r.run();
    assert.is(result.status, 2);
    assert.match(result.stderr, /^apt-install: name at least one package\n$/);
    assert.equal(r.log(), []);
  } finally {
    r.done();
  }
});

aptInstall.run();

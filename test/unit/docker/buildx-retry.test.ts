// A registry that fails with a 5xx while buildx pushes: the build (cached) runs again under the
// push retry policy, as `docker push` would be retried; a build that fails for any other reason
// runs once. The docker CLI here is a fixture script, chosen explicitly, that counts its calls.
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { DockerRunner } from '../../../lib/docker/runner.ts';
import type { BuildPlan } from '../../../lib/docker/build.ts';

const retryBuild = suite('lib/docker: buildx --push retried on a registry 5xx only');
const PUSH_500 = 'ERROR: unexpected status from HEAD request to http://127.0.0.1:5000/v2/a/manifests/1: 500 Internal Server Error';

const plan: BuildPlan = {
  kind: 'ci',
  python: '3.8',
  localImage: 'apache/airflow:main-python3.8-ci',
  cacheRef: '127.0.0.1:5000/a:cache',
  dockerCache: 'pulled',
  prepareBuildxCache: false,
  buildx: true,
  builder: 'default',
  dockerfile: 'Dockerfile.ci',
  context: '.',
  target: 'main',
  buildArgs: [],
  push: ['127.0.0.1:5000/a:1'],
};

/** A docker CLI that fails its first `failures` calls with `message`, then succeeds. */
function fakeDocker(failures: number, message: string) {
  const dir = mkdtempSync(join(tmpdir(), 'buildx-retry-'));
  const calls = join(dir, 'calls');
  const binary = join(dir, 'docker');
  writeFileSync(calls, '');
  writeFileSync(
    binary,
    `#!/bin/sh\necho x >> ${JSON.stringify(calls)}\nn=$(wc -l < ${JSON.stringify(calls)})\n` +
      `if [ "$n" -le ${failures} ]; then echo ${JSON.stringify(message)} >&2; exit 1; fi\necho '#1 DONE 0.0s' >&2\nexit 0\n`,
  );
  chmodSync(binary, 0o755);
  const lines: string[] = [];
  const runner = new DockerRunner({
    dryRun: false,
    log: (line) => lines.push(line),
    binary,
    pushRetry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 2 },
  });
  return {
    runner,
    lines,
    count: () => readFileSync(calls, 'utf8').split('\n').filter(Boolean).length,
    done: () => rmSync(dir, { recursive: true, force: true }),
  };
}

retryBuild('a 500 from the registry during the push: built again from cache, then success', async () => {
  const docker = fakeDocker(1, PUSH_500);
  try {
    const result = await docker.runner.build(plan);
    assert.ok(result);
    assert.is(docker.count(), 2);
    assert.ok(
      docker.lines.some((l) => l.startsWith('the registry failed while buildx pushed (attempt 1)')),
      docker.lines.join('\n'),
    );
  } finally {
    docker.done();
  }
});

retryBuild('a broken build fails at once, and a registry that keeps failing stops after the policy', async () => {
  const broken = fakeDocker(5, 'ERROR: failed to solve: dockerfile parse error on line 3');
  try {
    await broken.runner.build(plan).then(
      () => assert.unreachable('should fail'),
      (e: Error) => assert.match(e.message, /dockerfile parse error/),
    );
    assert.is(broken.count(), 1);
  } finally {
    broken.done();
  }
  const down = fakeDocker(5, PUSH_500);
  try {
    await down.runner.build(plan).then(
      () => assert.unreachable('should fail'),
      (e: Error) => assert.match(e.message, /500 Internal Server Error/),
    );
    assert.is(down.count(), 3);
  } finally {
    down.done();
  }
});

retryBuild.run();

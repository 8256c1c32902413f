// The main job on an embedded default: a throwaway local registry, a simulated "build images" job
// that pushes the CI images of three python versions a few seconds apart, and
// wait-for-all-ci-images.ts waiting for them through REGISTRY_ENDPOINTS. `npm run demo`.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { INSTALL_HINT, registryBinaryAvailable, startLocalRegistry } from '../testing/local-registry.ts';
import { RegistryClient } from '../lib/registry/client.ts';
import { parseReference } from '../lib/oci/reference.ts';
import { makeTestImage, pushSampleImage } from '../testing/sample-image.ts';
import { githubImage } from '../lib/images.ts';
import { loadConfig } from '../lib/config/load.ts';

if (!registryBinaryAvailable()) {
  console.error(`demo: ${INSTALL_HINT}`);
  process.exit(2);
}

// `npm run demo | head -1`: once the reader is gone, writes fail with EPIPE. Stop writing to stdout
// and carry on, so the registry is stopped and the temp dirs removed all the same.
let stdoutOpen = true;
process.stdout.on('error', () => {
  stdoutOpen = false;
});
const write = (text: string | Buffer) => {
  if (stdoutOpen) process.stdout.write(text);
};

const versions = ['3.7', '3.8', '3.9'];
const runId = String(Date.now()).slice(-9);
const registry = await startLocalRegistry();
const work = mkdtempSync(join(tmpdir(), 'ci-images-demo-'));
const outputFile = join(work, 'github-output');
const colour = process.stdout.isTTY && !process.env.NO_COLOR;
const say = (line: string) => write(`${colour ? '\x1b[36mdemo:\x1b[0m' : 'demo:'} ${line}\n`);

// Ctrl-C, a closed terminal or a kill: the same clean-up as a normal end (the wait child gets the
// terminal's signal itself; a kill of the demo alone stops it here).
let child: ChildProcess | undefined;
let cleaned: Promise<void> | undefined;
const cleanUp = () =>
  (cleaned ??= (async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await registry.stop();
    rmSync(work, { recursive: true, force: true });
    say('registry stopped, its data removed');
  })());
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    void cleanUp().finally(() => process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1)));
  });
}

try {
  say(`local registry on ${registry.url} (storage ${registry.storageDir})`);
  say('ghcr.io and docker.pkg.github.com are both mapped to it with REGISTRY_ENDPOINTS; the build job pushes to ghcr.io');
  const env = {
    ...process.env,
    USE_GITHUB_REGISTRY: 'true',
    GITHUB_REGISTRY_WAIT_FOR_IMAGE: 'true',
    GITHUB_REPOSITORY: 'apache/airflow',
    GITHUB_REGISTRY_PULL_IMAGE_TAG: runId,
    CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING: versions.join(' '),
    REGISTRY_ENDPOINTS: `ghcr.io=${registry.url},docker.pkg.github.com=${registry.url}`,
    WAIT_FOR_IMAGE_POLL_INTERVAL: '1',
    WAIT_FOR_IMAGE_TIMEOUT: '120',
    GITHUB_OUTPUT: outputFile,
    CI_IMAGES_ENV_FILE: '/dev/null',
  };
  const config = loadConfig(env, { envFile: false });

  // The "build images" job: pushes one python version's CI image every 2-3 seconds.
  const client = new RegistryClient({ endpoints: config.registryEndpoints });
  const pushed: string[] = [];
  const building = (async () => {
    for (const python of versions) {
      await new Promise((r) => setTimeout(r, 2000 + Math.random() * 1000));
      const reference = githubImage(config, 'ghcr.io', 'ci', python, runId);
      const digest = await pushSampleImage(client, makeTestImage({ layers: 2, layerSize: 256 * 1024 }), parseReference(reference));
      // On a terminal the wait script redraws its live lines; our lines would tear them.
      const line = `build job pushed ${reference} (${digest.slice(0, 19)}…)`;
      if (process.stdout.isTTY) pushed.push(line);
      else say(line);
    }
  })();

  say(`running: tsx scripts/ci/images/wait-for-all-ci-images.ts (tag ${runId}, python ${versions.join(' ')})`);
  const root = resolve(import.meta.dirname, '..');
  const code = await new Promise<number | null>((done) => {
    // stdout through us (it may be a pipe that closes); stderr, with the live lines, straight through.
    child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts/ci/images/wait-for-all-ci-images.ts')], {
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout!.on('data', write);
    child.on('close', done);
  });
  await building;
  for (const line of pushed) say(line);
  say(`wait-for-all-ci-images.ts exited with ${code}`);
  say(`$GITHUB_OUTPUT now holds:\n${readFileSync(outputFile, 'utf8').trimEnd()}`);
  process.exitCode = code ?? 1;
} finally {
  await cleanUp();
}

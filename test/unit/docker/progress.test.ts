import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { cacheImportProblem, parseBuildProgress } from '../../../lib/docker/progress.ts';

/** Real output of `DOCKER_BUILDKIT=1 docker build --progress=plain` (CLI and engine 20.10.24) on testing/fixtures/layers. */
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

test('first build of a branch: four COPY steps run, the missing cache is reported in one line', () => {
  const progress = parseBuildProgress(fixture('buildkit-20.10-first-build.txt'));
  assert.equal({ ...progress, cacheImports: undefined }, { steps: 4, cached: 0, run: 4, seconds: 0.1, cacheImports: undefined });
  assert.equal(progress.cacheImports, [{ ref: '127.0.0.1:5000/apache/airflow-main-python3.8-ci:latest', error: 'not found' }]);
  assert.is(
    cacheImportProblem(progress),
    'cache 127.0.0.1:5000/apache/airflow-main-python3.8-ci:latest not imported (not found): building without it',
  );
});

test('second build after a prune, --cache-from the pushed image: every step CACHED, cache imported', () => {
  const progress = parseBuildProgress(fixture('buildkit-20.10-cache-from-registry.txt'));
  assert.equal(progress, {
    steps: 4,
    cached: 4,
    run: 0,
    seconds: 0,
    cacheImports: [{ ref: '127.0.0.1:5000/apache/airflow-main-python3.8-ci:latest' }],
  });
  assert.is(cacheImportProblem(progress), undefined);
});

test('no --cache-from at all: steps counted, no cache import, no problem line', () => {
  const progress = parseBuildProgress(fixture('buildkit-20.10-arm64-local-cache.txt'));
  assert.equal(progress, { steps: 4, cached: 4, run: 0, seconds: 0, cacheImports: [] });
  assert.is(cacheImportProblem(progress), undefined);
});

test('buildx format: #0 header, timestamped output, repeated vertex headers, FROM step cached', () => {
  const progress = parseBuildProgress(fixture('buildx-0.12-missing-cache.txt'));
  assert.equal(
    { steps: progress.steps, cached: progress.cached, run: progress.run, seconds: progress.seconds },
    { steps: 4, cached: 1, run: 3, seconds: 12.5 },
  );
  assert.match(cacheImportProblem(progress)!, /^cache ghcr\.io\/apache\/airflow-main-python3\.8-ci:cache not imported \(not found\)/);
});

/** Real output of `docker buildx build --builder default --platform linux/amd64,linux/arm64 --cache-to …,mode=max --push` (buildx 0.13.1, dockerd 26.1.5, containerd store). */
test("buildx 0.13 multi-platform, cold: the missing cache in one line (the ref and BuildKit's reason), the platform-prefixed steps counted", () => {
  const progress = parseBuildProgress(fixture('buildx-0.13-multi-platform-first.txt'));
  assert.equal({ steps: progress.steps, cached: progress.cached }, { steps: 4, cached: 0 });
  assert.equal(progress.cacheImports, [{ ref: 'ghcr.io/x/y:cache', error: 'not found' }]);
  assert.is(cacheImportProblem(progress), 'cache ghcr.io/x/y:cache not imported (not found): building without it');
});

test("buildx 0.13 multi-platform after a prune: the cache imported, every step CACHED (the export's repeated #8 header is no new step)", () => {
  const progress = parseBuildProgress(fixture('buildx-0.13-multi-platform-pruned.txt'));
  assert.equal(progress, { steps: 4, cached: 4, run: 0, seconds: 0, cacheImports: [{ ref: 'ghcr.io/x/y:cache' }] });
  assert.is(cacheImportProblem(progress), undefined);
});

test('CRLF, interleaved lines, a failed step and hostile bytes in an error', () => {
  const text = [
    '#1 [internal] load build definition from Dockerfile\r',
    '#2 importing cache manifest from example.com/x:cache\r',
    '#3 [1/2] COPY a /a',
    '#4 [2/2] COPY b /b',
    '#2 ERROR: unexpected status: 401 Unauthorized\u001b[31m',
    '#3 DONE 1.5s',
    '#4 ERROR: failed to compute cache key: "/b" not found',
    'ERROR: failed to solve: failed to compute cache key',
  ].join('\n');
  const progress = parseBuildProgress(text);
  assert.equal(
    { steps: progress.steps, cached: progress.cached, run: progress.run, seconds: progress.seconds },
    { steps: 2, cached: 0, run: 1, seconds: 1.5 },
  );
  assert.equal(progress.cacheImports, [{ ref: 'example.com/x:cache', error: 'unexpected status: 401 Unauthorized[31m' }]);
});

test("buildx multi-platform: the platform prefixes the stage, each platform's steps count", () => {
  const text = [
    '#5 [linux/amd64 main 1/2] COPY one.txt /etc/one.txt',
    '#6 [linux/arm64 main 1/2] COPY one.txt /etc/one.txt',
    '#7 [linux/amd64 main 2/2] COPY two.txt /etc/two.txt',
    '#8 [linux/arm64 main 2/2] COPY two.txt /etc/two.txt',
    '#5 CACHED',
    '#6 CACHED',
    '#7 DONE 0.2s',
    '#8 DONE 0.3s',
    '#9 exporting to image',
    '#9 pushing manifest for ghcr.io/x:latest 0.1s done',
    '#9 DONE 0.4s',
  ].join('\n');
  const { steps, cached, run, seconds } = parseBuildProgress(text);
  assert.equal({ steps, cached, run, seconds }, { steps: 4, cached: 2, run: 2, seconds: 0.5 });
});

test('empty output (dry run, legacy builder): zeros', () => {
  assert.equal(parseBuildProgress(''), { steps: 0, cached: 0, run: 0, seconds: 0, cacheImports: [] });
  assert.equal(parseBuildProgress('Step 1/3 : FROM scratch\n ---> Using cache\n'), {
    steps: 0,
    cached: 0,
    run: 0,
    seconds: 0,
    cacheImports: [],
  });
});

test.run();

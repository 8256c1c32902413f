/** Config side of the bash parity (addendum §1, §2, §6) and the `.env` trust boundary. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ConfigError } from '../../../lib/support/errors.ts';
import { loadConfig, parseRegistryEndpoints, type Env } from '../../../lib/config/load.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const load = (env: Env = {}) => loadConfig(env, { envFile: false });

function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    assert.instance(error, ConfigError, String(error));
    assert.is((error as ConfigError).exitCode, 2);
    assert.not.match((error as Error).message, /[\r\n]/);
    return error as ConfigError;
  }
  assert.unreachable('no ConfigError');
  throw new Error('unreachable');
}

function inDir(body: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'ci-images-parity-'));
  try {
    body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs `body` with the working directory set to a fresh directory holding `.env`. */
function withImplicitEnv(content: string, body: () => void): void {
  inDir((dir) => {
    writeFileSync(join(dir, '.env'), content);
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      body();
    } finally {
      process.chdir(cwd);
    }
  });
}

// ---- §1 DEFAULT_BRANCH ------------------------------------------------------------------------

test('DEFAULT_BRANCH=v2-0-test: BRANCH_NAME defaults to it', () => {
  const config = load({ DEFAULT_BRANCH: 'v2-0-test' });
  assert.is(config.branchName, 'v2-0-test');
  assert.is(config.defaultBranch, 'v2-0-test');
});

test('BRANCH_NAME wins over DEFAULT_BRANCH; both default to master', () => {
  assert.is(load({ DEFAULT_BRANCH: 'v2-0-test', BRANCH_NAME: 'main' }).branchName, 'main');
  assert.is(load().branchName, 'master');
  assert.is(load({ DEFAULT_BRANCH: '' }).branchName, 'master', 'empty means the default (the bash kept it empty)');
});

test('a bad DEFAULT_BRANCH is reported as DEFAULT_BRANCH', () => {
  assert.is(configError(() => load({ DEFAULT_BRANCH: 'Main' })).variable, 'DEFAULT_BRANCH');
});

// ---- §2 commit tag ----------------------------------------------------------------------------

test('commitTag: COMMIT_SHA only, never GITHUB_SHA, never the literal Unknown', () => {
  assert.is(load({ COMMIT_SHA: 'a1b2c3d4' }).commitTag, 'a1b2c3d4');
  assert.is(load({ GITHUB_SHA: 'ffffffff' }).commitTag, '');
  assert.is(load({ COMMIT_SHA: 'Unknown' }).commitTag, '');
  const both = load({ COMMIT_SHA: 'a1b2c3d4', GITHUB_SHA: 'ffffffff' });
  assert.is(both.commitTag, 'a1b2c3d4');
  assert.is(both.githubSha, 'ffffffff');
  assert.is(both.commitSha, 'a1b2c3d4');
});

// ---- §6 variables the bash reads ---------------------------------------------------------------

test('new fields: bash defaults', () => {
  const c = load();
  assert.is(c.imageTag, undefined);
  assert.is(c.forcePullImages, false);
  assert.is(c.failOnGithubDockerPullError, false);
  assert.is(c.upgradeToNewerDependencies, false);
  assert.is(c.pythonBaseImageVersion, '3.6');
  assert.is(c.airflowLoginToGithubRegistry, undefined);
  assert.is(c.checkImageForRebuild, true);
  assert.is(c.skipCheckRemoteImage, false);
  assert.is(c.ci, false);
  assert.is(c.ciBuildId, '0');
  assert.equal([...c.warnings], []);
});

test('new fields: set values', () => {
  const c = load({
    IMAGE_TAG: 'apache/airflow:my-tag',
    FORCE_PULL_IMAGES: 'true',
    FAIL_ON_GITHUB_DOCKER_PULL_ERROR: 'true',
    UPGRADE_TO_NEWER_DEPENDENCIES: 'true',
    PYTHON_BASE_IMAGE_VERSION: '3.8',
    AIRFLOW_LOGIN_TO_GITHUB_REGISTRY: 'false',
    CHECK_IMAGE_FOR_REBUILD: 'false',
    SKIP_CHECK_REMOTE_IMAGE: 'true',
    CI: 'true',
  });
  assert.is(c.imageTag, 'apache/airflow:my-tag');
  assert.is(c.forcePullImages, true);
  assert.is(c.failOnGithubDockerPullError, true);
  assert.is(c.upgradeToNewerDependencies, true);
  assert.is(c.pythonBaseImageVersion, '3.8');
  assert.is(c.airflowLoginToGithubRegistry, false);
  assert.is(c.checkImageForRebuild, false);
  assert.is(c.skipCheckRemoteImage, true);
  assert.is(c.ci, true);
  assert.is(load({ CI: '1' }).ci, true);
  assert.is(load({ CI: 'false' }).ci, false);
});

const INVALID: ReadonlyArray<[string, string]> = [
  ['IMAGE_TAG', 'Apache/Airflow'],
  ['IMAGE_TAG', 'a b'],
  ['IMAGE_TAG', '$(id)'],
  ['IMAGE_TAG', '../x'],
  ['IMAGE_TAG', 'a..b/c'],
  ['FORCE_PULL_IMAGES', 'yes'],
  ['FAIL_ON_GITHUB_DOCKER_PULL_ERROR', '1'],
  ['UPGRADE_TO_NEWER_DEPENDENCIES', 'a b'],
  ['UPGRADE_TO_NEWER_DEPENDENCIES', '$(id)'],
  ['PYTHON_BASE_IMAGE_VERSION', '3'],
  ['AIRFLOW_LOGIN_TO_GITHUB_REGISTRY', 'TRUE'],
  ['CHECK_IMAGE_FOR_REBUILD', 'no'],
  ['SKIP_CHECK_REMOTE_IMAGE', 'on'],
  ['CI_BUILD_ID', 'a b'],
  ['AIRFLOW_IMAGE_DATE_CREATED', 'yesterday'],
  ['ADDITIONAL_PYTHON_DEPS', 'a\nb'],
  ['AIRFLOW_EXTRAS', 'A B'],
  ['CONSTRAINTS_GITHUB_REPOSITORY', '../x'],
  ['AIRFLOW_IMAGE_REPOSITORY', 'ftp://x'],
  ['AIRFLOW_SOURCES_FROM', '$(id)'],
  // python versions with leading zeros name images nobody pushes
  ['PYTHON_MAJOR_MINOR_VERSION', '03.8'],
  ['PYTHON_MAJOR_MINOR_VERSION', '3.08'],
  ['DEFAULT_PYTHON_MAJOR_MINOR_VERSION', '03.6'],
  ['CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING', '3.6 03.7'],
  // timers: above Node's limit a delay turns into 1 ms
  ['WAIT_FOR_IMAGE_TIMEOUT', '2592000'],
  ['WAIT_FOR_IMAGE_TIMEOUT', '99999999'],
  ['REGISTRY_REQUEST_TIMEOUT', '2147484'],
  ['WAIT_FOR_IMAGE_POLL_INTERVAL', '0.01'],
  ['WAIT_FOR_IMAGE_POLL_INTERVAL', '86400'],
];
for (const [name, value] of INVALID) {
  test(`invalid ${name}=${JSON.stringify(value)}: exit 2, one line naming it`, () => {
    const error = configError(() => load({ [name]: value }));
    assert.is(error.variable, name);
    assert.ok(error.message.startsWith(`${name}=`), error.message);
  });
}

test('python versions: 3.0, 3.10 and 10.1 are fine', () => {
  assert.is(load({ PYTHON_MAJOR_MINOR_VERSION: '3.10' }).pythonVersion, '3.10');
  assert.is(load({ PYTHON_MAJOR_MINOR_VERSION: '3.0' }).pythonVersion, '3.0');
  assert.equal([...load({ CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING: '3.9 3.10 10.1' }).pythonVersions], ['3.9', '3.10', '10.1']);
});

test('timeouts: the range is named; 7 days is accepted', () => {
  assert.is(load({ WAIT_FOR_IMAGE_TIMEOUT: '604800' }).waitTimeoutSeconds, 604800);
  assert.match(configError(() => load({ WAIT_FOR_IMAGE_TIMEOUT: '604801' })).message, /from 0\.1 to 604800 \(7 days\)/);
  assert.match(configError(() => load({ WAIT_FOR_IMAGE_POLL_INTERVAL: '0.05' })).message, /from 0\.1 to 3600/);
});

// ---- REGISTRY_ENDPOINTS -----------------------------------------------------------------------

const PASSWORDS = ['p/ss', 'p,ss', 'p@ss', 'a/b,c@d', 'pa%2Fss'];
for (const password of PASSWORDS) {
  test(`REGISTRY_ENDPOINTS with user:${password}@: refused, neither user nor password echoed`, () => {
    const value = `ghcr.io=https://someuser:${password}@mirror.example:5000/v2,docker.pkg.github.com=http://127.0.0.1:1`;
    const error = configError(() => load({ REGISTRY_ENDPOINTS: value }));
    assert.is(error.variable, 'REGISTRY_ENDPOINTS');
    assert.not.ok(error.message.includes(password), error.message);
    assert.not.ok(error.message.includes('someuser'), error.message);
    assert.not.ok(error.message.includes('mirror.example'), 'the value is not shown at all');
  });
}

test('REGISTRY_ENDPOINTS: a host given twice is refused (also in another case)', () => {
  for (const value of ['ghcr.io=http://127.0.0.1:1,ghcr.io=http://127.0.0.1:2', 'ghcr.io=http://127.0.0.1:1,GHCR.IO=http://127.0.0.1:2']) {
    const error = configError(() => parseRegistryEndpoints(value));
    assert.match(error.message, /ghcr\.io appears more than once/);
  }
});

test('GITHUB_API_URL with credentials: refused without echoing them', () => {
  const error = configError(() => load({ GITHUB_API_URL: 'https://user:s3cr3t/x@api.example' }));
  assert.is(error.variable, 'GITHUB_API_URL');
  assert.not.ok(error.message.includes('s3cr3t'));
});

// ---- files ------------------------------------------------------------------------------------

test('CI_IMAGES_ENV_FILE naming a directory: ConfigError naming it (not a bare EISDIR)', () => {
  inDir((dir) => {
    const error = configError(() => loadConfig({ CI_IMAGES_ENV_FILE: dir }));
    assert.is(error.variable, 'CI_IMAGES_ENV_FILE');
    assert.match(error.message, /is a directory/);
  });
});

test('an implicit .env that is a directory is a ConfigError too', () => {
  inDir((dir) => {
    mkdirSync(join(dir, '.env'));
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      assert.is(configError(() => loadConfig({})).variable, 'CI_IMAGES_ENV_FILE');
    } finally {
      process.chdir(cwd);
    }
  });
});

test('GITHUB_OUTPUT / GITHUB_STEP_SUMMARY: a missing file in a writable directory is fine; a directory is not', () => {
  inDir((dir) => {
    assert.is(load({ GITHUB_OUTPUT: join(dir, 'new-file') }).githubOutput, join(dir, 'new-file'));
    assert.match(configError(() => load({ GITHUB_STEP_SUMMARY: dir })).message, /is a directory/);
    assert.match(configError(() => load({ GITHUB_OUTPUT: join(dir, 'no-dir', 'x') })).message, /does not exist/);
  });
});

// root may write anything (access(2) says so): as root the check runs in a child as `nobody`.
test('GITHUB_OUTPUT / GITHUB_STEP_SUMMARY not writable: refused up front', () => {
  inDir((dir) => {
    chmodSync(dir, 0o755);
    const file = join(dir, 'output');
    writeFileSync(file, '');
    chmodSync(file, 0o444);
    const locked = join(dir, 'locked');
    mkdirSync(locked, 0o555);
    const cases: [string, string, RegExp][] = [
      ['GITHUB_OUTPUT', file, /GITHUB_OUTPUT=".*" is not valid: .*it is not writable/],
      ['GITHUB_STEP_SUMMARY', join(locked, 'summary'), /GITHUB_STEP_SUMMARY=".*" is not valid: .*directory .* is not writable/],
    ];
    if (process.getuid?.() !== 0) {
      for (const [name, path, expected] of cases) assert.match(configError(() => load({ [name]: path })).message, expected);
      return;
    }
    const probe = `import('./lib/config/load.ts').then((m) => { for (const [name, path] of ${JSON.stringify(cases.map(([n, p]) => [n, p]))}) {
      try { m.loadConfig({ [name]: path }, { envFile: false }); console.log('accepted'); } catch (e) { console.log(e.exitCode + ' ' + e.message); } } })`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', probe], {
      cwd: ROOT,
      uid: 65534,
      gid: 65534,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: dir },
    });
    const lines = run.stdout.trim().split('\n');
    assert.is(lines.length, 2, run.stdout + run.stderr);
    cases.forEach(([, , expected], i) => {
      assert.ok(lines[i].startsWith('2 '), lines[i]);
      assert.match(lines[i], expected);
    });
  });
});

// ---- trust boundary of .env -------------------------------------------------------------------

const HOSTILE = [
  'REGISTRY_ENDPOINTS=ghcr.io=https://collector.example,docker.pkg.github.com=https://collector.example',
  'GITHUB_API_URL=https://collector.example/api',
  'DOCKER_CONFIG=./leaked-docker-config',
  'AIRFLOW_IMAGE_REPOSITORY=https://collector.example/repo',
  'BRANCH_NAME=v2-0-test',
  'CI=false',
  'CI_IMAGES_ENV_FILE=/dev/null',
  '',
].join('\n');

for (const ciEnv of [{ CI: 'true' }, { GITHUB_ACTIONS: 'true' }, { CI: '1' }] as Env[]) {
  test(`on CI (${JSON.stringify(ciEnv)}) an implicit .env cannot redirect requests: URL variables ignored, one warning`, () => {
    withImplicitEnv(HOSTILE, () => {
      const seen: string[] = [];
      const config = loadConfig({ ...ciEnv }, { onWarning: (line) => seen.push(line) });
      assert.is(config.registryEndpoints.size, 0);
      assert.is(config.githubApiUrl, 'https://api.github.com');
      assert.not.ok(config.dockerConfigPath.includes('leaked-docker-config'));
      assert.is(config.build.inputs.airflowImageRepository, 'https://github.com/apache/airflow');
      assert.is(config.branchName, 'v2-0-test', 'other variables of the file still apply');
      assert.is(config.warnings.length, 1);
      assert.equal(seen, [...config.warnings]);
      for (const name of ['REGISTRY_ENDPOINTS', 'GITHUB_API_URL', 'DOCKER_CONFIG', 'AIRFLOW_IMAGE_REPOSITORY'])
        assert.ok(config.warnings[0].includes(name), name);
      assert.not.ok(config.warnings[0].includes('collector.example'), 'the values are not echoed');
      assert.not.match(config.warnings[0], /\n/);
    });
  });
}

test('on CI the environment itself may set URL variables', () => {
  withImplicitEnv(HOSTILE, () => {
    const config = loadConfig({ CI: 'true', GITHUB_API_URL: 'https://ghe.example/api/v3' });
    assert.is(config.githubApiUrl, 'https://ghe.example/api/v3');
  });
});

test('on CI a file named by CI_IMAGES_ENV_FILE is trusted in full', () => {
  inDir((dir) => {
    const file = join(dir, 'ci.env');
    writeFileSync(file, 'REGISTRY_ENDPOINTS=ghcr.io=http://127.0.0.1:5001\nGITHUB_API_URL=http://127.0.0.1:5002\n');
    const config = loadConfig({ CI: 'true', CI_IMAGES_ENV_FILE: file });
    assert.is(config.registryEndpoints.get('ghcr.io'), 'http://127.0.0.1:5001');
    assert.is(config.githubApiUrl, 'http://127.0.0.1:5002');
    assert.equal([...config.warnings], []);
    assert.is(loadConfig({ CI: 'true' }, { envFile: file }).githubApiUrl, 'http://127.0.0.1:5002', 'envFile is explicit too');
  });
});

test('outside CI the implicit .env is read in full', () => {
  withImplicitEnv(HOSTILE, () => {
    const config = loadConfig({});
    assert.is(config.githubApiUrl, 'https://collector.example/api');
    assert.equal([...config.warnings], []);
  });
});

test('a .env cannot say it is not CI, nor pick another env file', () => {
  withImplicitEnv('CI=false\nCI_IMAGES_ENV_FILE=/nonexistent\nGITHUB_API_URL=https://collector.example\n', () => {
    const config = loadConfig({ CI: 'true' });
    assert.is(config.ci, true);
    assert.is(config.githubApiUrl, 'https://api.github.com');
  });
  withImplicitEnv('CI=true\n', () => assert.is(loadConfig({}).ci, false));
});

test.run();

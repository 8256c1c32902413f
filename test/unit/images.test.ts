import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadConfig, type Env } from '../../lib/config/load.ts';
import type { GithubRegistry } from '../../lib/hosts.ts';
import {
  IMAGE_KINDS,
  buildCacheRef,
  candidateImages,
  githubImage,
  githubPrefix,
  githubPythonBaseImage,
  githubRepositoryName,
  imageSegment,
  localImage,
  localNames,
  type ImageKind,
} from '../../lib/images.ts';

const load = (env: Env = {}) => loadConfig(env, { envFile: false });
const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const RUN_ID = '123456789';

// ---------------------------------------------------------------------------------------------
// Spec §2a: DockerHub-style (local) names, example master / python 3.8
// ---------------------------------------------------------------------------------------------

test('spec §2a: every local name for master, python 3.8', () => {
  assert.equal(localNames(load(), '3.8'), {
    pythonBaseImage: 'python:3.8-slim-buster',
    airflowPythonBaseImage: 'apache/airflow:python3.8-master',
    ciBaseTag: 'master-python3.8-ci',
    ciImage: 'apache/airflow:master-python3.8-ci',
    prodBaseTag: 'master-python3.8',
    prodImage: 'apache/airflow:master-python3.8',
    prodBuildImage: 'apache/airflow:master-python3.8-build',
    prodImageKubernetes: 'apache/airflow:master-python3.8-kubernetes',
    prodImageDefault: 'apache/airflow:master',
    ciLocalManifestImage: 'local/airflow:master-python3.8-ci-manifest',
    ciRemoteManifestImage: 'apache/airflow:master-python3.8-ci-manifest',
  });
});

const LOCAL: ReadonlyArray<[Env, string, ImageKind, string]> = [
  [{}, '3.8', 'ci', 'apache/airflow:master-python3.8-ci'],
  [{}, '3.8', 'prod', 'apache/airflow:master-python3.8'],
  [{}, '3.8', 'prod-build', 'apache/airflow:master-python3.8-build'],
  [{ BRANCH_NAME: 'main' }, '3.10', 'ci', 'apache/airflow:main-python3.10-ci'],
  [{ BRANCH_NAME: 'main' }, '3.10', 'prod', 'apache/airflow:main-python3.10'],
  [{ BRANCH_NAME: 'v2-0-test' }, '3.6', 'prod-build', 'apache/airflow:v2-0-test-python3.6-build'],
  [{ DOCKERHUB_USER: 'me', DOCKERHUB_REPO: 'fork' }, '3.6', 'ci', 'me/fork:master-python3.6-ci'],
  // GITHUB_REPOSITORY does not affect DockerHub-style names
  [{ GITHUB_REPOSITORY: 'Apache/Airflow' }, '3.8', 'ci', 'apache/airflow:master-python3.8-ci'],
];
for (const [env, python, kind, expected] of LOCAL) {
  test(`localImage ${kind} ${JSON.stringify(env)} python ${python} -> ${expected}`, () => {
    assert.is(localImage(load(env), kind, python), expected);
  });
}

test('local names for v2-0-test, python 3.10, custom DockerHub user/repo', () => {
  const names = localNames(load({ BRANCH_NAME: 'v2-0-test', DOCKERHUB_USER: 'me', DOCKERHUB_REPO: 'fork' }), '3.10');
  assert.is(names.pythonBaseImage, 'python:3.10-slim-buster');
  assert.is(names.airflowPythonBaseImage, 'me/fork:python3.10-v2-0-test');
  assert.is(names.prodImageDefault, 'me/fork:v2-0-test');
  assert.is(names.ciLocalManifestImage, 'local/fork:v2-0-test-python3.10-ci-manifest');
  assert.is(names.ciRemoteManifestImage, 'me/fork:v2-0-test-python3.10-ci-manifest');
  assert.is(names.prodImageKubernetes, 'me/fork:v2-0-test-python3.10-kubernetes');
});

// ---------------------------------------------------------------------------------------------
// Spec §2b: the concrete table (master, python 3.8, S=-v2, RUN_ID 123456789)
// ---------------------------------------------------------------------------------------------

const CONCRETE: ReadonlyArray<[GithubRegistry, ImageKind, string, string]> = [
  ['docker.pkg.github.com', 'ci', 'latest', 'docker.pkg.github.com/apache/airflow/master-python3.8-ci-v2:latest'],
  ['docker.pkg.github.com', 'ci', RUN_ID, 'docker.pkg.github.com/apache/airflow/master-python3.8-ci-v2:123456789'],
  ['docker.pkg.github.com', 'ci', SHA, `docker.pkg.github.com/apache/airflow/master-python3.8-ci-v2:${SHA}`],
  ['ghcr.io', 'ci', 'latest', 'ghcr.io/apache/airflow-master-python3.8-ci-v2:latest'],
  ['ghcr.io', 'ci', RUN_ID, 'ghcr.io/apache/airflow-master-python3.8-ci-v2:123456789'],
  ['ghcr.io', 'ci', SHA, `ghcr.io/apache/airflow-master-python3.8-ci-v2:${SHA}`],
  ['docker.pkg.github.com', 'prod', 'latest', 'docker.pkg.github.com/apache/airflow/master-python3.8-v2:latest'],
  ['ghcr.io', 'prod', 'latest', 'ghcr.io/apache/airflow-master-python3.8-v2:latest'],
  ['docker.pkg.github.com', 'prod-build', 'latest', 'docker.pkg.github.com/apache/airflow/master-python3.8-build-v2:latest'],
  ['ghcr.io', 'prod-build', 'latest', 'ghcr.io/apache/airflow-master-python3.8-build-v2:latest'],
];
for (const [registry, kind, tag, expected] of CONCRETE) {
  test(`spec §2b: ${registry} ${kind} :${tag} -> ${expected}`, () => {
    assert.is(githubImage(load(), registry, kind, '3.8', tag), expected);
  });
}

const CONCRETE_PYTHON_BASE: ReadonlyArray<[GithubRegistry, string, string]> = [
  ['docker.pkg.github.com', 'latest', 'docker.pkg.github.com/apache/airflow/python-v2:3.8-slim-buster'],
  ['docker.pkg.github.com', RUN_ID, 'docker.pkg.github.com/apache/airflow/python-v2:3.8-slim-buster-123456789'],
  ['ghcr.io', 'latest', 'ghcr.io/apache/airflow-python-v2:3.8-slim-buster'],
  ['ghcr.io', RUN_ID, 'ghcr.io/apache/airflow-python-v2:3.8-slim-buster-123456789'],
];
for (const [registry, tag, expected] of CONCRETE_PYTHON_BASE) {
  test(`spec §2b: python base ${registry} tag ${tag} -> ${expected}`, () => {
    assert.is(githubPythonBaseImage(load(), registry, '3.8', tag), expected);
  });
}

test('spec §2b: the wait-script name is the image segment plus the suffix', () => {
  const config = load();
  assert.is(imageSegment(config, 'ci', '3.8') + config.githubRegistryImageSuffix, 'master-python3.8-ci-v2');
  assert.is(imageSegment(config, 'prod', '3.8') + config.githubRegistryImageSuffix, 'master-python3.8-v2');
  assert.is(imageSegment(config, 'prod-build', '3.8'), 'master-python3.8-build');
});

test('spec §2b: prefixes and repository names', () => {
  const config = load();
  assert.is(githubPrefix(config, 'docker.pkg.github.com'), 'docker.pkg.github.com/apache/airflow');
  assert.is(githubPrefix(config, 'ghcr.io'), 'ghcr.io/apache/airflow');
  assert.is(
    githubRepositoryName(config, 'docker.pkg.github.com', 'master-python3.8-ci'),
    'docker.pkg.github.com/apache/airflow/master-python3.8-ci-v2',
  );
  assert.is(githubRepositoryName(config, 'ghcr.io', 'master-python3.8-ci'), 'ghcr.io/apache/airflow-master-python3.8-ci-v2');
});

// ---------------------------------------------------------------------------------------------
// Literal rows beyond the spec table: other branches, versions, suffixes, tags
// ---------------------------------------------------------------------------------------------

const LITERAL: ReadonlyArray<[Env, GithubRegistry, ImageKind, string, string, string]> = [
  [{ BRANCH_NAME: 'main' }, 'ghcr.io', 'ci', '3.10', 'latest', 'ghcr.io/apache/airflow-main-python3.10-ci-v2:latest'],
  [
    { BRANCH_NAME: 'main' },
    'docker.pkg.github.com',
    'prod',
    '3.10',
    RUN_ID,
    'docker.pkg.github.com/apache/airflow/main-python3.10-v2:123456789',
  ],
  [
    { BRANCH_NAME: 'v2-0-test', GITHUB_REGISTRY_IMAGE_SUFFIX: '-v3' },
    'ghcr.io',
    'prod-build',
    '3.6',
    SHA,
    `ghcr.io/apache/airflow-v2-0-test-python3.6-build-v3:${SHA}`,
  ],
  [
    { BRANCH_NAME: 'v2-0-test', GITHUB_REGISTRY_IMAGE_SUFFIX: '-v3' },
    'docker.pkg.github.com',
    'ci',
    '3.6',
    'latest',
    'docker.pkg.github.com/apache/airflow/v2-0-test-python3.6-ci-v3:latest',
  ],
  [{ GITHUB_REPOSITORY: 'Apache/Airflow' }, 'ghcr.io', 'ci', '3.8', 'latest', 'ghcr.io/apache/airflow-master-python3.8-ci-v2:latest'],
  [
    { GITHUB_REPOSITORY: 'Apache/Airflow' },
    'docker.pkg.github.com',
    'ci',
    '3.8',
    'latest',
    'docker.pkg.github.com/apache/airflow/master-python3.8-ci-v2:latest',
  ],
  [{ GITHUB_REPOSITORY: 'MyOrg/My-Airflow' }, 'ghcr.io', 'prod', '3.8', RUN_ID, 'ghcr.io/myorg/my-airflow-master-python3.8-v2:123456789'],
  [
    { GITHUB_REPOSITORY: 'MyOrg/My-Airflow' },
    'docker.pkg.github.com',
    'prod-build',
    '3.8',
    RUN_ID,
    'docker.pkg.github.com/myorg/my-airflow/master-python3.8-build-v2:123456789',
  ],
];
for (const [env, registry, kind, python, tag, expected] of LITERAL) {
  test(`githubImage ${JSON.stringify(env)} ${registry} ${kind} ${python} :${tag} -> ${expected}`, () => {
    assert.is(githubImage(load(env), registry, kind, python, tag), expected);
  });
}

const LITERAL_PYTHON_BASE: ReadonlyArray<[Env, GithubRegistry, string, string, string]> = [
  [
    { BRANCH_NAME: 'main', GITHUB_REGISTRY_IMAGE_SUFFIX: '-v3' },
    'ghcr.io',
    '3.10',
    'latest',
    'ghcr.io/apache/airflow-python-v3:3.10-slim-buster',
  ],
  [
    { BRANCH_NAME: 'v2-0-test' },
    'docker.pkg.github.com',
    '3.6',
    RUN_ID,
    'docker.pkg.github.com/apache/airflow/python-v2:3.6-slim-buster-123456789',
  ],
  [{ GITHUB_REPOSITORY: 'Apache/Airflow' }, 'ghcr.io', '3.8', RUN_ID, 'ghcr.io/apache/airflow-python-v2:3.8-slim-buster-123456789'],
  [
    { GITHUB_REPOSITORY: 'Apache/Airflow' },
    'docker.pkg.github.com',
    '3.8',
    'latest',
    'docker.pkg.github.com/apache/airflow/python-v2:3.8-slim-buster',
  ],
];
for (const [env, registry, python, tag, expected] of LITERAL_PYTHON_BASE) {
  test(`githubPythonBaseImage ${JSON.stringify(env)} ${registry} ${python} tag ${tag} -> ${expected}`, () => {
    assert.is(githubPythonBaseImage(load(env), registry, python, tag), expected);
  });
}

// ---------------------------------------------------------------------------------------------
// Matrix: branches x pythons x suffixes x tags x registries x owners
// ---------------------------------------------------------------------------------------------

const BRANCHES = ['master', 'main', 'v2-0-test'];
const PYTHONS = ['3.6', '3.8', '3.10'];
const SUFFIXES = ['-v2', '-v3'];
const TAGS = ['latest', RUN_ID, SHA];
const OWNERS: ReadonlyArray<[string, string]> = [
  ['apache/airflow', 'apache/airflow'],
  ['Apache/Airflow', 'apache/airflow'],
];
const SEGMENTS: Record<ImageKind, (b: string, v: string) => string> = {
  ci: (b, v) => `${b}-python${v}-ci`,
  prod: (b, v) => `${b}-python${v}`,
  'prod-build': (b, v) => `${b}-python${v}-build`,
};

for (const [repository, lower] of OWNERS) {
  for (const branch of BRANCHES) {
    for (const suffix of SUFFIXES) {
      test(`matrix: GITHUB_REPOSITORY=${repository} BRANCH_NAME=${branch} suffix ${suffix}`, () => {
        const config = load({ GITHUB_REPOSITORY: repository, BRANCH_NAME: branch, GITHUB_REGISTRY_IMAGE_SUFFIX: suffix });
        for (const python of PYTHONS) {
          for (const tag of TAGS) {
            for (const kind of IMAGE_KINDS) {
              const segment = SEGMENTS[kind](branch, python);
              const packages = `docker.pkg.github.com/${lower}/${segment}${suffix}:${tag}`;
              const ghcr = `ghcr.io/${lower}-${segment}${suffix}:${tag}`;
              assert.is(githubImage(config, 'docker.pkg.github.com', kind, python, tag), packages);
              assert.is(githubImage(config, 'ghcr.io', kind, python, tag), ghcr);
              assert.equal(candidateImages(config, kind, python, tag), { 'ghcr.io': ghcr, 'docker.pkg.github.com': packages });
              assert.is(localImage(config, kind, python), `apache/airflow:${segment}`);
            }
            const baseTag = tag === 'latest' ? `${python}-slim-buster` : `${python}-slim-buster-${tag}`;
            assert.is(
              githubPythonBaseImage(config, 'docker.pkg.github.com', python, tag),
              `docker.pkg.github.com/${lower}/python${suffix}:${baseTag}`,
            );
            assert.is(githubPythonBaseImage(config, 'ghcr.io', python, tag), `ghcr.io/${lower}-python${suffix}:${baseTag}`);
          }
          for (const registry of ['ghcr.io', 'docker.pkg.github.com'] as const) {
            const name = githubImage(config, registry, 'ci', python, 'latest');
            assert.is(name, name.toLowerCase(), `${name} is not lower-case`);
          }
        }
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// FORCE_AIRFLOW_PROD_BASE_TAG
// ---------------------------------------------------------------------------------------------

test('FORCE_AIRFLOW_PROD_BASE_TAG replaces the PROD base tag (local and GitHub names), not CI', () => {
  const config = load({ FORCE_AIRFLOW_PROD_BASE_TAG: '2.0.1-python3.8' });
  const names = localNames(config, '3.8');
  assert.is(names.prodBaseTag, '2.0.1-python3.8');
  assert.is(names.prodImage, 'apache/airflow:2.0.1-python3.8');
  assert.is(names.prodBuildImage, 'apache/airflow:2.0.1-python3.8-build');
  assert.is(names.prodImageKubernetes, 'apache/airflow:2.0.1-python3.8-kubernetes');
  assert.is(names.ciImage, 'apache/airflow:master-python3.8-ci');
  assert.is(names.ciBaseTag, 'master-python3.8-ci');
  assert.is(imageSegment(config, 'prod', '3.8'), '2.0.1-python3.8');
  assert.is(imageSegment(config, 'prod-build', '3.8'), '2.0.1-python3.8-build');
  assert.is(
    githubImage(config, 'docker.pkg.github.com', 'prod', '3.8', 'latest'),
    'docker.pkg.github.com/apache/airflow/2.0.1-python3.8-v2:latest',
  );
  assert.is(githubImage(config, 'ghcr.io', 'prod', '3.8', 'latest'), 'ghcr.io/apache/airflow-2.0.1-python3.8-v2:latest');
  assert.is(githubImage(config, 'ghcr.io', 'prod-build', '3.8', RUN_ID), 'ghcr.io/apache/airflow-2.0.1-python3.8-build-v2:123456789');
  assert.is(githubImage(config, 'ghcr.io', 'ci', '3.8', 'latest'), 'ghcr.io/apache/airflow-master-python3.8-ci-v2:latest');
});

test('empty FORCE_AIRFLOW_PROD_BASE_TAG keeps the computed PROD base tag', () => {
  assert.is(localNames(load({ FORCE_AIRFLOW_PROD_BASE_TAG: '' }), '3.8').prodImage, 'apache/airflow:master-python3.8');
});

// ---------------------------------------------------------------------------------------------
// buildCacheRef and candidateImages
// ---------------------------------------------------------------------------------------------

const CACHE_REFS: ReadonlyArray<[Env, GithubRegistry, 'ci' | 'prod', string, string]> = [
  [{}, 'ghcr.io', 'ci', '3.8', 'ghcr.io/apache/airflow-master-python3.8-ci-v2:cache'],
  [{}, 'ghcr.io', 'prod', '3.8', 'ghcr.io/apache/airflow-master-python3.8-v2:cache'],
  [{}, 'docker.pkg.github.com', 'ci', '3.8', 'docker.pkg.github.com/apache/airflow/master-python3.8-ci-v2:cache'],
  [{}, 'docker.pkg.github.com', 'prod', '3.8', 'docker.pkg.github.com/apache/airflow/master-python3.8-v2:cache'],
  [
    { BRANCH_NAME: 'main', GITHUB_REPOSITORY: 'Apache/Airflow' },
    'ghcr.io',
    'ci',
    '3.10',
    'ghcr.io/apache/airflow-main-python3.10-ci-v2:cache',
  ],
  [
    { BRANCH_NAME: 'v2-0-test', GITHUB_REGISTRY_IMAGE_SUFFIX: '-v3' },
    'docker.pkg.github.com',
    'prod',
    '3.6',
    'docker.pkg.github.com/apache/airflow/v2-0-test-python3.6-v3:cache',
  ],
];
for (const [env, registry, kind, python, expected] of CACHE_REFS) {
  test(`buildCacheRef ${JSON.stringify(env)} ${registry} ${kind} ${python} -> ${expected}`, () => {
    const config = load(env);
    const ref = buildCacheRef(config, registry, kind, python);
    assert.is(ref, expected);
    assert.is(ref, `${githubRepositoryName(config, registry, imageSegment(config, kind, python))}:cache`);
  });
}

test('buildCacheRef with one platform (a per-runner build): its own tag, the platform as a tag segment', () => {
  const config = load();
  assert.is(
    buildCacheRef(config, 'ghcr.io', 'ci', '3.8', 'linux/amd64'),
    'ghcr.io/apache/airflow-master-python3.8-ci-v2:cache-linux-amd64',
  );
  assert.is(
    buildCacheRef(config, 'ghcr.io', 'prod', '3.8', 'linux/arm64/v8'),
    'ghcr.io/apache/airflow-master-python3.8-v2:cache-linux-arm64-v8',
  );
  assert.is(
    buildCacheRef(config, 'docker.pkg.github.com', 'ci', '3.9', 'linux/arm/v7'),
    'docker.pkg.github.com/apache/airflow/master-python3.9-ci-v2:cache-linux-arm-v7',
  );
});

test('candidateImages: ghcr.io first, then docker.pkg.github.com (spec §4 probe order)', () => {
  const candidates = candidateImages(load(), 'ci', '3.8', RUN_ID);
  assert.equal(Object.keys(candidates), ['ghcr.io', 'docker.pkg.github.com']);
  assert.equal(candidates, {
    'ghcr.io': 'ghcr.io/apache/airflow-master-python3.8-ci-v2:123456789',
    'docker.pkg.github.com': 'docker.pkg.github.com/apache/airflow/master-python3.8-ci-v2:123456789',
  });
});

test('candidateImages: do not depend on GITHUB_REGISTRY', () => {
  const a = candidateImages(load({ GITHUB_REGISTRY: 'ghcr.io' }), 'prod', '3.8', 'latest');
  const b = candidateImages(load({ GITHUB_REGISTRY: 'docker.pkg.github.com' }), 'prod', '3.8', 'latest');
  assert.equal(a, b);
  assert.equal(a, {
    'ghcr.io': 'ghcr.io/apache/airflow-master-python3.8-v2:latest',
    'docker.pkg.github.com': 'docker.pkg.github.com/apache/airflow/master-python3.8-v2:latest',
  });
});

test('candidateImages: upper-case owner gives lower-case names on both registries (fix of spec §6.7)', () => {
  assert.equal(candidateImages(load({ GITHUB_REPOSITORY: 'Apache/Airflow' }), 'prod-build', '3.8', SHA), {
    'ghcr.io': `ghcr.io/apache/airflow-master-python3.8-build-v2:${SHA}`,
    'docker.pkg.github.com': `docker.pkg.github.com/apache/airflow/master-python3.8-build-v2:${SHA}`,
  });
});

test.run();

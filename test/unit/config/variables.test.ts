/** The table itself: well-formed entries, defaults that pass their own rules, help lines. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError } from '../../../lib/support/errors.ts';
import {
  describeVariables,
  isPorted,
  parseSeconds,
  PORTED_NAMES,
  secondsBounds,
  URL_NAMES,
  VARIABLE_LIST,
  VARIABLES,
  variable,
} from '../../../lib/config/variables.ts';
import { TIMER_LIMIT_SECONDS } from '../../../lib/config/kinds.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

test('every entry has a section and help or a reason; names are upper-case', () => {
  for (const { name, variable: v } of VARIABLE_LIST) {
    assert.match(name, /^[A-Z][A-Z0-9_]*$/);
    assert.ok(v.section, `${name}: no section`);
    if (isPorted(v)) assert.ok(v.help.length > 0, `${name}: no help`);
    else assert.ok(v.reason.length > 0, `${name}: no reason`);
  }
});

test('literal defaults pass their own rules; ${REF} defaults name ported variables', () => {
  for (const { name, variable: v } of VARIABLE_LIST) {
    if (!isPorted(v) || v.computed || v.default === '') continue;
    const refs = [...v.default.matchAll(/\$\{([A-Z0-9_]+)\}/g)].map((m) => m[1]);
    for (const ref of refs) assert.ok(PORTED_NAMES.includes(ref), `${name}: default names ${ref}, not a ported variable`);
    if (refs.length === 0) v.kind.parse(name, v.default);
  }
});

test('load.ts reads no variable outside the table (no ad-hoc env.X)', () => {
  const source = readFileSync(join(ROOT, 'lib/config/load.ts'), 'utf8');
  const adHoc = [...source.matchAll(/\benv\.([A-Z][A-Z0-9_]+)/g)].map((m) => m[1]);
  for (const name of adHoc) assert.ok(PORTED_NAMES.includes(name), `load.ts reads env.${name}, which is not in the table`);
  for (const m of source.matchAll(/\br\.\w+\(\s*'([A-Z][A-Z0-9_]+)'/g)) assert.ok(PORTED_NAMES.includes(m[1]), `${m[1]} not in the table`);
});

test('url variables: REGISTRY_ENDPOINTS, GITHUB_API_URL and DOCKER_CONFIG are among them', () => {
  for (const name of ['REGISTRY_ENDPOINTS', 'GITHUB_API_URL', 'DOCKER_CONFIG']) assert.ok(URL_NAMES.includes(name), name);
  assert.ok(VARIABLES.GITHUB_TOKEN.secret && VARIABLES.CONTAINER_REGISTRY_TOKEN.secret);
});

test('the variables of the addendum are in the table with the bash defaults', () => {
  const expected: Record<string, string> = {
    DEFAULT_BRANCH: 'master',
    BRANCH_NAME: '${DEFAULT_BRANCH}',
    IMAGE_TAG: '',
    FORCE_PULL_IMAGES: 'false',
    FAIL_ON_GITHUB_DOCKER_PULL_ERROR: 'false',
    UPGRADE_TO_NEWER_DEPENDENCIES: 'false',
    CHECK_IMAGE_FOR_REBUILD: 'true',
    SKIP_CHECK_REMOTE_IMAGE: 'false',
    AIRFLOW_LOGIN_TO_GITHUB_REGISTRY: '',
    DEFAULT_CONSTRAINTS_BRANCH: 'constraints-master',
    CONSTRAINTS_GITHUB_REPOSITORY: 'apache/airflow',
    AIRFLOW_CONSTRAINTS: 'constraints-source-providers',
    AIRFLOW_PRE_CACHED_PIP_PACKAGES: 'true',
    INSTALL_MYSQL_CLIENT: 'true',
    INSTALL_MSSQL_CLIENT: 'true',
  };
  for (const [name, value] of Object.entries(expected)) assert.is(variable(name)?.default, value, name);
  for (const name of ['VERIFY_IMAGE', 'FORCE_BUILD_IMAGES', 'SKIP_BUILDING_PROD_IMAGE', 'VERBOSE', 'INSTALL_AIRFLOW_VERSION']) {
    const v = variable(name);
    assert.ok(v && !isPorted(v) && v.reason, `${name} is marked not ported, with a reason`);
  }
});

test('describeVariables: aligned NAME  default  help lines', () => {
  const text = describeVariables(['WAIT_FOR_IMAGE_TIMEOUT', 'BRANCH_NAME', 'GITHUB_TOKEN']);
  const lines = text.split('\n');
  assert.is(lines.length, 3);
  assert.match(lines[0], /^ {2}WAIT_FOR_IMAGE_TIMEOUT {2}3600 +seconds to wait/);
  assert.match(lines[1], /^ {2}BRANCH_NAME {13}\$\{DEFAULT_BRANCH\} {2}part of every image name$/);
  assert.match(lines[2], /GITHUB_TOKEN +\(empty\) +credential/);
  const column = (line: string) => line.indexOf(line.trim().split(/ {2,}/)[1]);
  assert.is(column(lines[0]), column(lines[1]));
  assert.throws(() => describeVariables(['NO_SUCH_VARIABLE']), /NO_SUCH_VARIABLE/);
});

// ---- seconds: bounded, for variables and flags alike --------------------------------------------

test('parseSeconds: flags share the bounds of the variable they override', () => {
  assert.equal(secondsBounds('--timeout'), secondsBounds('WAIT_FOR_IMAGE_TIMEOUT'));
  assert.equal(secondsBounds('--poll-interval'), secondsBounds('WAIT_FOR_IMAGE_POLL_INTERVAL'));
  assert.is(parseSeconds('--timeout', '604800'), 604800);
  assert.is(parseSeconds('--poll-interval', '0.1'), 0.1);
  assert.is(parseSeconds('--anything', '30', { min: 1, max: 60 }), 30);
});

const OUT_OF_RANGE: ReadonlyArray<[string, string]> = [
  ['--timeout', '604801'],
  ['--timeout', '2147484'],
  ['--timeout', '99999999999'],
  ['WAIT_FOR_IMAGE_TIMEOUT', '1000000'],
  ['--poll-interval', '0.05'],
  ['--poll-interval', '0.01'],
  ['--poll-interval', '3601'],
  ['WAIT_FOR_IMAGE_POLL_INTERVAL', '0.001'],
  ['REGISTRY_REQUEST_TIMEOUT', '86401'],
  ['--unknown', '604801'],
  ['--unknown', '0'],
  ['--timeout', '1e3'],
  ['--timeout', 'Infinity'],
];
for (const [name, value] of OUT_OF_RANGE) {
  test(`parseSeconds(${name}, ${value}) is refused, naming the range`, () => {
    try {
      parseSeconds(name, value);
      assert.unreachable('accepted');
    } catch (error) {
      assert.instance(error, ConfigError);
      assert.is((error as ConfigError).exitCode, 2);
      assert.match(
        (error as Error).message,
        new RegExp(`^${name.replace(/[-]/g, '\\-')}="${value}" is not valid: expected a number of seconds from [\\d.]+ to \\d+`),
      );
    }
  });
}

test("no variable accepts seconds beyond Node's timer limit", () => {
  for (const name of [...PORTED_NAMES, '--timeout', '--poll-interval', '--other'])
    assert.ok(secondsBounds(name).max <= TIMER_LIMIT_SECONDS, name);
});

test.run();

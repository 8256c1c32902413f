import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { InputError, inputVariable, toInvocation } from '../../../lib/action/inputs.ts';
import { COMMANDS } from '../../../lib/action/commands.ts';
const env = (inputs: Record<string, string>) => Object.fromEntries(Object.entries(inputs).map(([k, v]) => [inputVariable(k), v]));

const inputs = suite('action inputs → variables and flags');

inputs("the runner's names: upper-cased, spaces to _, hyphens kept", () => {
  assert.is(inputVariable('use-github-registry'), 'INPUT_USE-GITHUB-REGISTRY');
  assert.is(inputVariable('a b'), 'INPUT_A_B');
});

inputs("variables for every command; empty inputs leave the job's variables alone", () => {
  const r = toInvocation(
    env({
      command: 'wait-ci',
      registry: 'ghcr.io',
      'pull-tag': '42',
      'python-versions': '3.8 3.9',
      'push-tag': '',
      'github-token': ' tok-1234 ',
    }),
    COMMANDS,
  );
  assert.equal(r.variables, {
    GITHUB_REGISTRY: 'ghcr.io',
    GITHUB_REGISTRY_PULL_IMAGE_TAG: '42',
    CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING: '3.8 3.9',
    GITHUB_TOKEN: 'tok-1234',
    CONTAINER_REGISTRY_TOKEN: 'tok-1234',
  });
  assert.equal(r.secrets, ['tok-1234']);
  assert.equal(r.args, []);
});

inputs('github-token serves ghcr.io too, unless container-registry-token (input or job variable) is set', () => {
  const own = toInvocation(env({ command: 'wait-ci', 'github-token': 'tok-1234', 'container-registry-token': 'cr-5678' }), COMMANDS);
  assert.equal([own.variables.GITHUB_TOKEN, own.variables.CONTAINER_REGISTRY_TOKEN], ['tok-1234', 'cr-5678']);
  const job = toInvocation({ ...env({ command: 'wait-ci', 'github-token': 'tok-1234' }), CONTAINER_REGISTRY_TOKEN: 'job-9999' }, COMMANDS);
  assert.is(job.variables.CONTAINER_REGISTRY_TOKEN, undefined, "the job's own variable is left to win");
  assert.is(toInvocation(env({ command: 'wait-ci' }), COMMANDS).variables.CONTAINER_REGISTRY_TOKEN, undefined);
});

inputs('flags: promote and copy carry their value first; yes=false adds nothing; args last', () => {
  assert.equal(toInvocation(env({ command: 'promote', 'from-tag': '42', python: '3.9', image: 'prod' }), COMMANDS).args, [
    '42',
    '--python',
    '3.9',
    '--image',
    'prod',
  ]);
  assert.equal(toInvocation(env({ command: 'copy', 'copy-to': 'registry.example.com' }), COMMANDS).args, ['registry.example.com']);
  assert.equal(toInvocation(env({ command: 'prune', keep: '5', 'older-than': '7d', yes: 'true', args: ' --json\n' }), COMMANDS).args, [
    '--keep',
    '5',
    '--older-than',
    '7d',
    '--yes',
    '--json',
  ]);
  assert.equal(toInvocation(env({ command: 'prune', yes: 'false' }), COMMANDS).args, []);
  assert.equal(toInvocation(env({ command: 'wait-prod', timeout: '60', 'poll-interval': '2' }), COMMANDS).args, [
    '--timeout',
    '60',
    '--poll-interval',
    '2',
  ]);
  assert.equal(toInvocation(env({ command: 'verify-ci', python: '3.9' }), COMMANDS).args, ['--python', '3.9']);
  assert.equal(toInvocation(env({ command: 'verify-prod', python: '3.8', args: '--json' }), COMMANDS).args, ['--python', '3.8', '--json']);
});

inputs('bad inputs are InputError (exit 2)', () => {
  for (const bad of [
    {} as Record<string, string>,
    { command: 'nope' },
    { command: 'copy' },
    { command: 'push', 'from-tag': '1' },
    { command: 'prune', image: 'ci' },
    { command: 'prune', yes: 'on' },
    { command: 'verify-prod', image: 'prod' },
    { command: 'verify-ci', timeout: '5' },
  ]) {
    assert.throws(
      () => toInvocation(env(bad), COMMANDS),
      (e: unknown) => e instanceof InputError && e.exitCode === 2,
      JSON.stringify(bad),
    );
  }
});

inputs('timeout for every command with a deadline (push, promote, copy, prune, pull, merge-platforms too); run-id for pull', () => {
  const values: Record<string, Record<string, string>> = { promote: { 'from-tag': '42' }, copy: { 'copy-to': 'registry.example.com' } };
  for (const command of ['wait-ci', 'prepare', 'push', 'promote', 'copy', 'prune', 'pull', 'merge-platforms']) {
    const { args } = toInvocation(env({ command, timeout: '120', ...values[command] }), COMMANDS);
    assert.equal(args.slice(-2), ['--timeout', '120'], command);
  }
  assert.equal(toInvocation(env({ command: 'pull', 'run-id': '987654321', python: '3.9' }), COMMANDS).args, [
    '--python',
    '3.9',
    '--run-id',
    '987654321',
  ]);
  assert.throws(
    () => toInvocation(env({ command: 'push', 'run-id': '1' }), COMMANDS),
    /input run-id does not apply to command push \(only to pull\)/,
  );
});

inputs('an unknown command names the closest one', () => {
  assert.throws(
    () => toInvocation(env({ command: 'wiat-ci' }), COMMANDS),
    /input command="wiat-ci" is not valid: expected one of wait-ci, .*; did you mean wait-ci\?$/,
  );
  assert.throws(
    () => toInvocation(env({ command: 'frobnicate' }), COMMANDS),
    (e: unknown) => e instanceof InputError && !/did you mean/.test(e.message),
  );
});

inputs('images: one reference a line, the positional arguments of the commands on references, before args', () => {
  const images = ' ghcr.io/acme/widgets/api:abc\n\n  ghcr.io/acme/widgets/worker:abc  # the worker\r\n# a comment\n';
  assert.equal(toInvocation(env({ command: 'wait', images, timeout: '60', 'poll-interval': '2' }), COMMANDS).args, [
    '--timeout',
    '60',
    '--poll-interval',
    '2',
    'ghcr.io/acme/widgets/api:abc',
    'ghcr.io/acme/widgets/worker:abc',
  ]);
  assert.equal(toInvocation(env({ command: 'copy', images: 'a/b:1\nquay.io/a/b' }), COMMANDS).args, ['a/b:1', 'quay.io/a/b']);
  assert.equal(toInvocation(env({ command: 'copy', 'copy-to': 'quay.io' }), COMMANDS).args, ['quay.io']);
  assert.equal(toInvocation(env({ command: 'tag', images: 'ghcr.io/a/b:sha', args: 'latest stable' }), COMMANDS).args, [
    'ghcr.io/a/b:sha',
    'latest',
    'stable',
  ]);
  assert.equal(toInvocation(env({ command: 'digest', images: 'alpine', args: '--platform linux/arm64' }), COMMANDS).args, [
    'alpine',
    '--platform',
    'linux/arm64',
  ]);
  const bad: Record<string, string>[] = [
    { command: 'push', images: 'a' },
    { command: 'copy', images: 'a\nb', 'copy-to': 'ghcr.io' },
    { command: 'ls', 'poll-interval': '1', images: 'a' },
    { command: 'copy' },
  ];
  for (const inputs of bad)
    assert.throws(
      () => toInvocation(env(inputs), COMMANDS),
      (e: unknown) => e instanceof InputError,
      JSON.stringify(inputs),
    );
});

inputs.run();

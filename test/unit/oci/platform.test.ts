import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { formatPlatform, matchesPlatform, normalizePlatform, parsePlatform, platformOf } from '../../../lib/oci/platform.ts';
import { ConfigError } from '../../../lib/support/errors.ts';

test('parsePlatform: os/arch[/variant], normalised as containerd does', () => {
  assert.equal(parsePlatform('linux/amd64'), { os: 'linux', architecture: 'amd64' });
  assert.equal(parsePlatform('linux/arm64/v8'), { os: 'linux', architecture: 'arm64' });
  assert.equal(parsePlatform('linux/arm'), { os: 'linux', architecture: 'arm', variant: 'v7' });
  assert.equal(parsePlatform('linux/arm/6'), { os: 'linux', architecture: 'arm', variant: 'v6' });
  assert.equal(parsePlatform('Linux/x86_64'), { os: 'linux', architecture: 'amd64' });
  assert.equal(parsePlatform('linux/aarch64'), { os: 'linux', architecture: 'arm64' });
  assert.equal(parsePlatform('linux/amd64/v3'), { os: 'linux', architecture: 'amd64', variant: 'v3' });
  assert.is(formatPlatform(parsePlatform('linux/arm/v7')), 'linux/arm/v7');
});

test('parsePlatform refuses anything else with a ConfigError naming the input', () => {
  for (const bad of ['linux', 'linux/', '/amd64', 'linux/amd64/v8/x', 'linux/amd 64', 'linux/amd64,linux/arm64', '']) {
    try {
      parsePlatform(bad, '--platform');
      assert.unreachable(bad);
    } catch (error) {
      assert.instance(error, ConfigError);
      assert.match((error as Error).message, /^--platform=".*" is not valid: expected os\/arch\[\/variant\]/);
    }
  }
});

test('matchesPlatform: descriptor platforms and image configs, variants normalised, junk never matches', () => {
  assert.ok(matchesPlatform({ os: 'linux', architecture: 'arm64', variant: 'v8' }, 'linux/arm64'));
  assert.ok(matchesPlatform({ os: 'linux', architecture: 'arm64' }, 'linux/arm64/v8'));
  assert.ok(matchesPlatform({ os: 'linux', architecture: 'arm' }, 'linux/arm/v7'));
  assert.not.ok(matchesPlatform({ os: 'linux', architecture: 'arm', variant: 'v6' }, 'linux/arm'));
  assert.not.ok(matchesPlatform({ os: 'linux', architecture: 'amd64' }, 'linux/arm64'));
  assert.not.ok(matchesPlatform({ os: 'windows', architecture: 'amd64' }, 'linux/amd64'));
  assert.ok(
    matchesPlatform({ architecture: 'amd64', os: 'linux', config: {}, rootfs: {} }, { os: 'linux', architecture: 'amd64' }),
    'an image config',
  );
  for (const junk of [undefined, {}, { os: 'linux' }, { os: 1, architecture: 'amd64' }, { os: '', architecture: 'amd64' }]) {
    assert.not.ok(matchesPlatform(junk as Record<string, unknown> | undefined, 'linux/amd64'));
  }
  assert.equal(
    platformOf({ os: 'linux', architecture: 'arm64', variant: 7 }),
    { os: 'linux', architecture: 'arm64' },
    'a non-string variant is ignored',
  );
  assert.equal(normalizePlatform({ os: 'linux', architecture: 'amd64', variant: 'v1' }), { os: 'linux', architecture: 'amd64' });
});

test.run();

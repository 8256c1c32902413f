import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runConfigFor } from '../../../lib/docker/run-config.ts';

test("the user's credsStore becomes credHelpers for the hosts it holds; our hosts have neither", () => {
  const user = {
    auths: { 'ghcr.io': {}, 'https://index.docker.io/v1/': {}, 'quay.io': { auth: 'dTpw' } },
    credsStore: 'desktop',
    credHelpers: { 'quay.io': 'pass', 'ghcr.io': 'gh' },
    psFormat: 'table {{.ID}}',
  };
  assert.equal(runConfigFor(user, ['ghcr.io']), {
    auths: { 'https://index.docker.io/v1/': {}, 'quay.io': { auth: 'dTpw' } },
    credHelpers: { 'quay.io': 'pass', 'https://index.docker.io/v1/': 'desktop' },
    psFormat: 'table {{.ID}}',
  });
  assert.equal(user.credsStore, 'desktop', "the user's object is not changed");
});

test('URL-form keys of our hosts go too; no user config: an empty one', () => {
  assert.equal(runConfigFor({ auths: { 'https://127.0.0.1:5000/v2/': { auth: 'x' } } }, ['127.0.0.1:5000']), {
    auths: {},
    credHelpers: {},
  });
  assert.equal(runConfigFor(undefined, ['ghcr.io']), { auths: {}, credHelpers: {} });
  assert.equal(runConfigFor([1, 2], ['ghcr.io']), { auths: {}, credHelpers: {} });
});

test.run();

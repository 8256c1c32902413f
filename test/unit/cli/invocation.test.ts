import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { setInvokedAs, usageAsInvoked } from '../../../lib/cli/invocation.ts';
import { scriptHelp } from '../../../lib/cli/help.ts';

const USAGE = 'Usage: tsx scripts/ci/images/pull-image.ts --run-id RUN_ID [--json]\n  Pulls the image of tsx scripts/ci/images/x.ts';

test('run from source, the usage names the recipe; from the bin or action, ci-images <command>', () => {
  try {
    setInvokedAs(undefined);
    assert.is(usageAsInvoked(USAGE), USAGE);
    setInvokedAs('ci-images pull');
    assert.is(usageAsInvoked(USAGE), 'Usage: ci-images pull --run-id RUN_ID [--json]\n  Pulls the image of tsx scripts/ci/images/x.ts');
    assert.match(scriptHelp('pull-image', USAGE), /^Usage: ci-images pull --run-id RUN_ID \[--json\]\n/);
  } finally {
    setInvokedAs(undefined);
  }
});

test.run();

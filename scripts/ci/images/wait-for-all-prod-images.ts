#!/usr/bin/env -S npx tsx
// Port of ci_wait_for_all_prod_images.sh: wait for the PROD images of every python version in
// CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING and report the registry that holds them as the
// githubRegistry output. See --help.
import { runMain } from '../../../lib/cli/main.ts';
import { runWaitCommand } from '../../../lib/cli/wait-command.ts';

await runMain(() => runWaitCommand({ image: 'prod', script: 'wait-for-all-prod-images.ts' }));

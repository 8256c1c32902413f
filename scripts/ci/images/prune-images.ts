#!/usr/bin/env -S npx tsx
// Retention for the CI images in the GitHub registry (new: the bash original never deleted and let
// run-id tags pile up). Lists the tags of the CI, PROD and PROD-build images of every configured
// python version; keeps latest, cache, the newest --keep run-id/sha tags and anything younger
// than --older-than; deletes the rest by digest with --yes (ghcr.io: via GitHub's REST API).
import { runScript } from '../../../lib/cli/main.ts';
import { parseDuration, parseKeep, parseRegistryFlag } from '../../../lib/cli/flags.ts';
import { setup } from '../../../lib/cli/setup.ts';
import { deleterFor, executePlan, planPrune, pruneRepositories } from '../../../lib/commands/prune/index.ts';
import { reportPrune } from '../../../lib/report/prune.ts';
import { ConfigError } from '../../../lib/support/errors.ts';
import { USAGE } from '../../../lib/report/usage.ts';

const flags = {
  keep: { type: 'string' },
  'older-than': { type: 'string' },
  yes: { type: 'boolean' },
  registry: { type: 'string' },
  timeout: { type: 'string' },
} as const;
await runScript({ name: 'prune-images', usage: USAGE['prune-images'], flags, deadline: { defaultSeconds: 3600 } }, async (flags) => {
  if (flags.yes && flags['dry-run']) throw new ConfigError('--yes', '--yes and --dry-run contradict each other: pass one of them');
  const keep = parseKeep(flags.keep);
  const olderThanSeconds = parseDuration('--older-than', flags['older-than']);
  const session = setup(flags, { dryRun: !flags.yes });
  const { config, log } = session;
  const registry = parseRegistryFlag(flags.registry, config.githubRegistry);
  const client = session.registryClient();
  const deleter = session.dryRun ? undefined : deleterFor(config, registry, client, session.packagesClient);
  const plan = await planPrune(client, pruneRepositories(config, registry), { keep, olderThanSeconds, log });
  reportPrune.plan(session, plan);
  const result = deleter ? await executePlan(plan, client, deleter, reportPrune.progress(session)) : undefined;
  return reportPrune.result(session, plan, deleter?.method, result);
});

/**
 * Retention for the CI images in the GitHub registry (new: the bash original never deleted and let
 * run-id tags pile up). Lists the tags of the CI, PROD and PROD-build images of every configured
 * python version; keeps latest, cache, the newest --keep run-id/sha tags and anything younger
 * than --older-than; deletes the rest by digest with --yes (ghcr.io: via GitHub's REST API).
 */
import { parseFlags, runMain } from '../../../lib/cli/main.ts';
import { ConfigError } from '../../../lib/support/errors.ts';
import { appendSummary, enableMasking, makeLogger } from '../../../lib/github/actions.ts';
import { loadConfig } from '../../../lib/config/load.ts';
import {
  deleterFor, executePlan, formatPlan, parseDuration, parseKeep, parseRegistryFlag, planPrune, pruneRepositories, summaryMarkdown,
} from '../../../lib/commands/prune/index.ts';
import { createRegistryClient } from '../../../lib/hosts.ts';
import { redact } from '../../../lib/support/secrets.ts';

const HELP = `usage: prune-images [--keep N] [--older-than 14d] [--dry-run | --yes] [--json] [--registry ghcr.io|docker.pkg.github.com]
  Plans (default, --dry-run) or performs (--yes) the deletion of old run-id/sha tags of the CI, PROD
  and PROD-build images. Kept: latest, cache, the newest N (default 10) run-id/sha tags by image
  creation date, anything younger than --older-than (default 14d; also h, m, w or seconds), and
  every digest a kept tag points to. Exit: 0 done, 1 a deletion failed, 2 bad input, 3 credentials refused.`;

await runMain(async () => {
  const flags = parseFlags({
    keep: { type: 'string' }, 'older-than': { type: 'string' }, 'dry-run': { type: 'boolean' }, yes: { type: 'boolean' },
    json: { type: 'boolean' }, registry: { type: 'string' }, help: { type: 'boolean', short: 'h' },
  });
  if (flags.help) return void process.stdout.write(HELP + '\n');
  if (flags.yes && flags['dry-run']) throw new ConfigError('--yes', '--yes and --dry-run contradict each other: pass one of them');
  const keep = parseKeep(flags.keep);
  const olderThanSeconds = parseDuration('--older-than', flags['older-than']);
  const config = loadConfig();
  enableMasking(config, { json: flags.json });
  const registry = parseRegistryFlag(flags.registry, config.githubRegistry);
  const dryRun = !flags.yes;
  const log = makeLogger();
  const print = (line: string) => process.stdout.write(redact(line) + '\n');

  const client = createRegistryClient(config, { onRetry: log });
  const deleter = dryRun ? undefined : deleterFor(config, registry, client, log);
  const plan = await planPrune(client, pruneRepositories(config, registry), { keep, olderThanSeconds, log });
  if (!flags.json) formatPlan(plan, dryRun).forEach(print);
  const result = deleter ? await executePlan(plan, client, deleter, flags.json ? log : print) : undefined;

  if (flags.json) print(JSON.stringify({ dryRun, deleteMethod: deleter?.method ?? null, ...plan, result: result ?? null }, null, 2));
  else if (result) print(`Deleted ${result.deleted} digests via ${deleter!.method}; ${result.skipped} skipped, ${result.failed} failed`);
  if (config.githubActions) appendSummary(config, summaryMarkdown(plan, dryRun));
  return result?.exitCode ?? 0;
});

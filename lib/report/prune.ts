/** What prune-images says: the plan in plain words, and the job-summary table. */
import { appendSummary, markdownTable, summaryCode, summaryText } from '../github/actions.ts';
import type { Writer } from '../support/writer.ts';
import type { PrunePlan } from '../commands/prune/policy.ts';
import type { ExecuteResult } from '../commands/prune/execute.ts';
import type { ReportContext } from './context.ts';

const short = (digest: string) => digest.slice(0, 19);
const day = (created: string | undefined) => created?.slice(0, 16).replace('T', ' ') ?? 'unknown age';

/** The plan in plain words: per repository, kept tags with their reason and digests to delete. */
export function formatPlan(plan: PrunePlan, dryRun: boolean): string[] {
  const lines = [
    `${dryRun ? 'Dry run (nothing is deleted; pass --yes to delete)' : 'Pruning'}: ${plan.registry}, keep latest, cache, ` +
      `the newest ${plan.keep} run-id/sha tags and anything created after ${plan.cutoff} (--older-than ${plan.olderThan})`,
  ];
  for (const repo of plan.repositories) {
    if (repo.skipped) {
      lines.push('', `${repo.image}: skipped, ${repo.skipped}`);
      continue;
    }
    const tagCount = repo.kept.length + repo.deletions.reduce((n, d) => n + d.tags.length, 0);
    lines.push(
      '',
      `${repo.image}: ${tagCount} tags; keep ${repo.kept.length}, ${dryRun ? 'would delete' : 'delete'} ${repo.deletions.length} digests`,
    );
    for (const k of repo.kept) lines.push(`  keep    ${k.tag.padEnd(20)} ${short(k.digest)}  ${day(k.created).padEnd(16)}  ${k.reason}`);
    for (const d of repo.deletions) {
      lines.push(`  ${dryRun ? 'would delete' : 'delete'} ${d.digest}  ${day(d.created)}  tags: ${d.tags.join(', ')}`);
    }
  }
  const deletions = plan.repositories.flatMap((r) => r.deletions);
  lines.push(
    '',
    `${dryRun ? 'Would delete' : 'To delete'}: ${deletions.length} digests (${deletions.reduce((n, d) => n + d.tags.length, 0)} tags) in ` +
      `${plan.repositories.filter((r) => r.deletions.length).length} of ${plan.repositories.length} repositories`,
  );
  return lines;
}

/** A job-summary table for GitHub Actions. */
export function summaryMarkdown(plan: PrunePlan, dryRun: boolean): string {
  const rows = plan.repositories.map((repo) => {
    const tags = repo.deletions.flatMap((d) => d.tags);
    const statuses = [...new Set(repo.deletions.map((d) => d.status))];
    return [
      summaryCode(repo.image),
      repo.skipped ? '–' : String(repo.kept.length),
      repo.skipped ? '–' : String(repo.deletions.length),
      tags.length ? summaryText(tags.join(' '), 2000) : '–',
      repo.skipped
        ? `skipped: ${summaryText(repo.skipped)}`
        : dryRun
          ? repo.deletions.length
            ? 'dry run'
            : 'nothing to delete'
          : statuses.join(', ') || 'nothing to delete',
    ];
  });
  return [
    `### Image retention on ${summaryText(plan.registry)}${dryRun ? ' (dry run)' : ''}`,
    '',
    `Kept: latest, cache, the newest ${plan.keep} run-id/sha tags, anything younger than ${plan.olderThan}.`,
    '',
    markdownTable(['Repository', 'Kept tags', 'Digests deleted', 'Tags deleted', 'Result'], rows),
  ].join('\n');
}

/**
 * The plan (plain words; nothing with `--json`, whose document carries it), the deletions as they
 * happen (stdout, or the log with `--json` so stdout stays one document), then the result:
 * `--json` document or a line, and the job summary.
 */
export const reportPrune = {
  plan(session: ReportContext, plan: PrunePlan): void {
    if (session.json) return;
    formatPlan(plan, session.dryRun).forEach(session.out);
  },
  progress(session: ReportContext): Writer {
    return session.json ? session.log : session.out;
  },
  result(session: ReportContext, plan: PrunePlan, deleteMethod: string | undefined, result: ExecuteResult | undefined): number {
    const { config, dryRun } = session;
    if (session.json) session.result({ dryRun, deleteMethod: deleteMethod ?? null, ...plan, result: result ?? null });
    else if (result)
      session.out(`Deleted ${result.deleted} digests via ${deleteMethod}; ${result.skipped} skipped, ${result.failed} failed`);
    if (config.githubActions) appendSummary(config, summaryMarkdown(plan, dryRun));
    return result?.exitCode ?? 0;
  },
};

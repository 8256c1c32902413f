/**
 * What the commands on plain references say (wait, copy, tag, digest, ls): plain lines on stdout, or the
 * `--json` result; the `digests` output (a JSON object, reference → digest) for the action.
 */
import { appendSummary, markdownTable, summaryCode, summaryText } from '../github/actions.ts';
import type { ReportContext } from './context.ts';
import type { CopyResult } from '../commands/refs/copy.ts';
import type { ResolvedDigest } from '../commands/refs/digest.ts';
import type { TagList } from '../commands/refs/ls.ts';
import type { TagResult } from '../commands/refs/tag.ts';
import type { ReferencesWait } from '../commands/refs/wait.ts';
import type { PollTarget, WaitResult } from '../commands/wait/index.ts';

/** The `digests` step output: `{"<reference>": "sha256:…"}`, one JSON line. */
export function outputDigests(session: ReportContext, digests: Readonly<Record<string, string>>): void {
  session.output('digests', JSON.stringify(digests));
}

function summaryTable(session: ReportContext, title: string, rows: readonly { reference: string; digest: string }[]): void {
  appendSummary(
    session.config,
    `### ${summaryText(title)}\n\n${markdownTable(
      ['image', 'digest'],
      rows.map((r) => [summaryCode(r.reference), summaryCode(r.digest)]),
    )}`,
  );
}

export function reportDigest(session: ReportContext, result: ResolvedDigest): number {
  const digest = result.platform?.digest ?? result.digest;
  session.output('digest', digest);
  outputDigests(session, { [result.reference]: digest });
  if (session.json) session.result(result);
  else session.out(digest);
  return 0;
}

export function reportTags(session: ReportContext, list: TagList): number {
  if (list.dropped.length)
    session.log(
      `warning: ${list.repository}: ${list.dropped.length} name(s) that are not tags dropped: ${list.dropped.slice(0, 5).join(', ')}`,
    );
  if (session.json) session.result(list);
  else for (const tag of list.tags) session.out(tag);
  return 0;
}

export function reportTag(session: ReportContext, result: TagResult): number {
  const { dryRun } = session;
  if (!dryRun) {
    outputDigests(session, Object.fromEntries(result.tagged.map((t) => [t.reference, t.digest])));
    summaryTable(session, `Tagged ${result.source}`, result.tagged);
  }
  if (session.json) {
    session.result({ dryRun, ...result });
    return 0;
  }
  for (const t of result.tagged) session.out(`${dryRun ? 'Would tag' : 'Tagged'} ${t.reference} ${t.digest}`);
  return 0;
}

export function reportCopy(session: ReportContext, result: CopyResult): number {
  const { dryRun } = session;
  if (!dryRun) {
    outputDigests(session, Object.fromEntries(result.copies.map((c) => [c.reference, c.digest])));
    summaryTable(session, `Copied ${result.source}`, result.copies);
  }
  if (session.json) {
    session.result({ dryRun, ...result });
    return 0;
  }
  for (const c of result.copies) session.out(`${dryRun ? 'Would copy' : 'Copied'} ${result.source} -> ${c.reference} ${c.digest}`);
  return 0;
}

/** `wait --dry-run`: the references it would wait for, nothing on the network. */
export function reportReferencesPlan(session: ReportContext, request: ReferencesWait): number {
  const references = request.targets.map((t) => t.label!);
  if (session.json) {
    session.result({ dryRun: true, timeoutSeconds: request.timeoutSeconds, pollIntervalSeconds: request.pollIntervalSeconds, references });
    return 0;
  }
  session.out(`Would wait up to ${request.timeoutSeconds}s (poll every ${request.pollIntervalSeconds}s) for:`);
  for (const reference of references) session.out(`  ${reference}`);
  return 0;
}

/** Every reference found: the digests output, the job summary, `--json` or one line each. */
export function reportReferencesFound(session: ReportContext, result: WaitResult<PollTarget>): number {
  const images = result.images.map((i) => ({ reference: i.reference, digest: i.digest, waitedSeconds: i.waitedSeconds }));
  outputDigests(session, Object.fromEntries(images.map((i) => [i.reference, i.digest])));
  appendSummary(
    session.config,
    `### Images found\n\n${markdownTable(
      ['image', 'digest', 'waited'],
      images.map((i) => [summaryCode(i.reference), summaryCode(i.digest), `${i.waitedSeconds}s`]),
    )}`,
  );
  if (session.json) {
    session.result({ images });
    return 0;
  }
  session.out(`All ${images.length} image(s) found.`);
  for (const i of images) session.out(`  ${i.reference} ${i.digest} (after ${i.waitedSeconds}s)`);
  return 0;
}

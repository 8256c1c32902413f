/**
 * What the verify scripts say: one line per check, the job-summary table, `--json`; failed checks
 * end the run with exit 1 (after the result is recorded), pip check's with how to fix it.
 */
import { appendSummary, markdownTable, summaryCode, summaryText } from '../github/actions.ts';
import { IMAGE_CHOICES } from '../images.ts';
import { VerifyFailedError, type VerifyCheck, type VerifyResult } from '../commands/verify.ts';
import type { ReportContext } from './context.ts';

/** The bash's `inform_about_pip_check`, in one line. */
export const PIP_CHECK_HELP =
  'pip check found conflicting dependencies: find the requirement that conflicts (pip check names it), relax or pin it in setup.py ' +
  '(or add the missing one), rebuild the image (UPGRADE_TO_NEWER_DEPENDENCIES=true takes the newest versions that fit) and run pip check in it again';

const MARK: Record<VerifyCheck['status'], string> = { passed: 'ok', failed: 'FAILED', skipped: 'skipped', planned: 'would run' };

export function checkLine(check: VerifyCheck): string {
  return `${check.name}: ${MARK[check.status]}${check.reason ? ` (${check.reason})` : ''}`;
}

export function verifySummary(result: VerifyResult, dryRun: boolean): string {
  const title = `${dryRun ? 'Verify plan' : result.failed.length ? 'Verify failed' : 'Verified'}: ${summaryCode(result.localImage)}`;
  const rows = result.checks.map((c) => [
    summaryText(c.name),
    c.command ? summaryCode(c.command) : '–',
    MARK[c.status],
    summaryText(c.reason ?? '', 200) || '–',
  ]);
  return `### ${title}\n\n${markdownTable(['check', 'command', 'result', 'detail'], rows)}`;
}

export function reportVerify(session: ReportContext, result: VerifyResult): number {
  const { config, dryRun } = session;
  const label = IMAGE_CHOICES[result.image].label;
  if (!dryRun) appendSummary(config, verifySummary(result, dryRun));
  session.result({ dryRun, ...result });
  const pipFailed = result.failed.includes('pip check');
  const ran = result.checks.filter((c) => c.status !== 'skipped').length;
  if (!session.json) {
    result.checks.forEach((c) => session.out(checkLine(c)));
    if (pipFailed) session.out(PIP_CHECK_HELP);
    if (dryRun) session.out(`Would verify the ${label} image ${result.localImage}: ${ran} check(s)`);
    else if (!result.failed.length) session.out(`Verified the ${label} image ${result.localImage}: ${ran} check(s) passed`);
  } else if (pipFailed) {
    session.log(PIP_CHECK_HELP);
  }
  if (result.failed.length === 0) return 0;
  throw new VerifyFailedError(
    `${result.failed.length} of ${ran} check(s) failed in the ${label} image ${result.localImage}: ${result.failed.join(', ')}`,
  );
}

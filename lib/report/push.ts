/** What push-images says: the imageReference/imageDigest outputs, and `--json` or plain lines. */
import type { PushResult } from '../commands/push.ts';
import type { ReportContext } from './context.ts';

/** `$GITHUB_OUTPUT` imageReference/imageDigest (the first image and tag), `--json` or plain lines. */
export function reportPush(session: ReportContext, result: PushResult): number {
  const { dryRun } = session;
  const main = result.images[0];
  if (!dryRun && main) {
    session.output('imageReference', main.imageReference);
    if (main.imageDigest) session.output('imageDigest', main.imageDigest);
  }
  if (session.json) {
    session.result({ dryRun, ...result });
    return 0;
  }
  const verb = dryRun ? `Would ${result.mode}` : { push: 'Pushed', promote: 'Promoted', copy: 'Copied' }[result.mode];
  for (const image of result.images) {
    session.out(`${verb} ${image.imageReference}${image.imageDigest ? ` ${image.imageDigest}` : ''}`);
    if (image.referrers?.length) session.out(`  ${image.referrers.length} referrer(s): ${image.referrers.map((r) => r.kind).join(', ')}`);
  }
  return 0;
}

/** What merge-platforms says: the imageReference/imageDigest outputs, and `--json` or plain lines. */
import { formatPlatform } from '../oci/platform.ts';
import type { MergeResult } from '../commands/merge-platforms.ts';
import type { ReportContext } from './context.ts';

export function reportMerge(session: ReportContext, result: MergeResult): number {
  const { dryRun } = session;
  if (!dryRun) {
    session.output('imageReference', result.references[0]);
    session.output('imageDigest', result.imageDigest);
  }
  if (session.json) {
    const manifests = result.manifests.map((m) => ({ ...m, platform: formatPlatform(m.platform) }));
    session.result({ dryRun, ...result, manifests });
    return 0;
  }
  for (const reference of result.references) session.out(`${dryRun ? 'Would push' : 'Pushed'} index ${reference} ${result.imageDigest}`);
  for (const m of result.manifests) session.out(`  ${formatPlatform(m.platform)} ${m.digest}`);
  // Not platforms: each attestation manifest is listed under the image it describes.
  for (const a of result.attestations)
    session.out(`  attestation ${a.digest} of ${a.annotations['vnd.docker.reference.digest'] ?? 'its image'}`);
  return 0;
}

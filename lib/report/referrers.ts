/** What `referrers REF` says: `--json` (the listing) or a tree of lines, like `oras discover`. */
import type { ReferrersResult } from '../commands/referrers.ts';
import type { Referrer } from '../registry/index.ts';
import { artifactKind } from '../oci/referrers.ts';
import type { ReportContext } from './context.ts';

export function reportReferrers(session: ReportContext, result: ReferrersResult): number {
  if (session.json) {
    session.result({ ...result, kinds: result.referrers.map((r) => artifactKind(r.artifactType)) });
    return 0;
  }
  const how = result.api ? 'referrers API' : 'no referrers API: fallback tag';
  session.out(`${result.reference} (${result.referrers.length} referrer${result.referrers.length === 1 ? '' : 's'}; ${how})`);
  const lines = (subject: string, indent: string) => {
    for (const referrer of result.referrers.filter((r) => r.subject === subject)) {
      session.out(`${indent}${describe(referrer)}`);
      lines(referrer.digest, `${indent}  `);
    }
  };
  lines(result.digest, '  ');
  for (const note of result.dropped) session.log(`referrers: ignored ${note}`);
  return 0;
}

/** `sha256:… signature application/vnd.dev.cosign.simplesigning.v1+json 245 B (cosign-tag sha256-….sig)` */
function describe(referrer: Referrer): string {
  const found = referrer.tag ? `${referrer.foundBy} ${referrer.tag}` : referrer.foundBy;
  return `${referrer.digest} ${artifactKind(referrer.artifactType)} ${referrer.artifactType ?? referrer.mediaType} ${referrer.size} B (${found})`;
}

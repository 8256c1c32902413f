import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  appendSummary,
  markdownTable,
  summaryCode,
  summaryText
} from "./chunk-Q3VEEV6Q.mjs";

// lib/report/refs.ts
function outputDigests(session, digests) {
  session.output("digests", JSON.stringify(digests));
}
function summaryTable(session, title, rows) {
  appendSummary(
    session.config,
    `### ${summaryText(title)}

${markdownTable(
      ["image", "digest"],
      rows.map((r) => [summaryCode(r.reference), summaryCode(r.digest)])
    )}`
  );
}
function reportDigest(session, result) {
  const digest = result.platform?.digest ?? result.digest;
  session.output("digest", digest);
  outputDigests(session, { [result.reference]: digest });
  if (session.json) session.result(result);
  else session.out(digest);
  return 0;
}
function reportTags(session, list) {
  if (list.dropped.length)
    session.log(
      `warning: ${list.repository}: ${list.dropped.length} name(s) that are not tags dropped: ${list.dropped.slice(0, 5).join(", ")}`
    );
  if (session.json) session.result(list);
  else for (const tag of list.tags) session.out(tag);
  return 0;
}
function reportTag(session, result) {
  const { dryRun } = session;
  if (!dryRun) {
    outputDigests(session, Object.fromEntries(result.tagged.map((t) => [t.reference, t.digest])));
    summaryTable(session, `Tagged ${result.source}`, result.tagged);
  }
  if (session.json) {
    session.result({ dryRun, ...result });
    return 0;
  }
  for (const t of result.tagged) session.out(`${dryRun ? "Would tag" : "Tagged"} ${t.reference} ${t.digest}`);
  return 0;
}
function reportCopy(session, result) {
  const { dryRun } = session;
  if (!dryRun) {
    outputDigests(session, Object.fromEntries(result.copies.map((c) => [c.reference, c.digest])));
    summaryTable(session, `Copied ${result.source}`, result.copies);
  }
  if (session.json) {
    session.result({ dryRun, ...result });
    return 0;
  }
  for (const c of result.copies) session.out(`${dryRun ? "Would copy" : "Copied"} ${result.source} -> ${c.reference} ${c.digest}`);
  return 0;
}
function reportReferencesPlan(session, request) {
  const references = request.targets.map((t) => t.label);
  if (session.json) {
    session.result({ dryRun: true, timeoutSeconds: request.timeoutSeconds, pollIntervalSeconds: request.pollIntervalSeconds, references });
    return 0;
  }
  session.out(`Would wait up to ${request.timeoutSeconds}s (poll every ${request.pollIntervalSeconds}s) for:`);
  for (const reference of references) session.out(`  ${reference}`);
  return 0;
}
function reportReferencesFound(session, result) {
  const images = result.images.map((i) => ({ reference: i.reference, digest: i.digest, waitedSeconds: i.waitedSeconds }));
  outputDigests(session, Object.fromEntries(images.map((i) => [i.reference, i.digest])));
  appendSummary(
    session.config,
    `### Images found

${markdownTable(
      ["image", "digest", "waited"],
      images.map((i) => [summaryCode(i.reference), summaryCode(i.digest), `${i.waitedSeconds}s`])
    )}`
  );
  if (session.json) {
    session.result({ images });
    return 0;
  }
  session.out(`All ${images.length} image(s) found.`);
  for (const i of images) session.out(`  ${i.reference} ${i.digest} (after ${i.waitedSeconds}s)`);
  return 0;
}

// lib/report/usage-refs.ts
var REFS_USAGE = {
  "wait-for-images": `Usage: ci-images wait REF... [--timeout SECONDS] [--poll-interval SECONDS] [--heartbeat SECONDS] [--platform OS/ARCH] [--json] [--dry-run]
  Waits until every REF exists (e.g. ghcr.io/acme/widgets/api:<sha>; alpine is docker.io/library/alpine:latest),
  polling all of them at once under one deadline, and prints each digest.
  --timeout SECONDS        give up after this long, naming what is missing (env WAIT_FOR_IMAGE_TIMEOUT, default 3600)
  --poll-interval SECONDS  time between checks at most, 80-100 % of it at random (env WAIT_FOR_IMAGE_POLL_INTERVAL, default 5)
  --heartbeat SECONDS      in CI logs, a found/missing count line this often (default 60; 0: none)
  --platform OS/ARCH       only an image (or index) holding this platform counts, e.g. linux/arm64
  --producer WORKFLOW      the workflow that pushes the images (file name or id): its run for the commit is
                           followed, and a failed run ends the wait at once (env WAIT_FOR_IMAGE_PRODUCER; needs
                           GITHUB_TOKEN with actions: read); --producer-run-id N names the run, --grace S (default 120)
  --dry-run                no network: print the references it would wait for
  Loopback hosts (localhost, 127.0.0.0/8, [::1]) are plain http, others https unless REGISTRY_ENDPOINTS maps them.
  Outputs digests (JSON: reference -> digest). Exit: 0 all found, 1 timed out or unreachable, 2 bad input, 3 credentials refused.`,
  "copy-image": `Usage: ci-images copy SRC DST... [--dry-run] [--json]
       ci-images copy HOST [--image ci|prod] [--python 3.8] ...   (push-images --copy-to HOST: see push --help)
  Copies the image SRC names to each DST: every platform of an index, blobs skipped when there,
  mounted within one registry, streamed otherwise; the digest is unchanged; the tag is written last.
  A DST without a tag takes SRC's tag (SRC by digest only: the copy is by digest, untagged).
  References as docker reads them: alpine is docker.io/library/alpine:latest.
  --dry-run  resolve SRC's digest and print the copies, write nothing
  Outputs digests (JSON: reference -> digest). --timeout SECONDS: overall deadline (default 3600).
  Exit: 0 copied, 1 no such image or failed, 2 bad input, 3 credentials refused.`,
  "tag-image": `Usage: ci-images tag REF TAG... [--dry-run] [--json]
  Tags the image REF names (host[:port]/name[:tag][@digest]; alpine is docker.io/library/alpine:latest)
  as each TAG in the same repository: the manifest is read once and PUT under every tag.
  --dry-run  resolve REF's digest and print the PUTs, write nothing
  Outputs digests (JSON: reference -> digest). --timeout SECONDS: overall deadline (default 600).
  Exit: 0 tagged, 1 no such image or failed, 2 bad input, 3 credentials refused.`,
  "image-digest": `Usage: ci-images digest REF [--platform OS/ARCH] [--json]
  Prints the manifest digest REF names (an index's own digest for a multi-platform image).
  REF as docker reads it: alpine is docker.io/library/alpine:latest; host[:port]/name[:tag][@digest].
  --platform OS/ARCH  the digest of that platform's image instead (an index's child), e.g. linux/arm64
  Loopback hosts (localhost, 127.0.0.0/8, [::1]) are plain http, others https unless REGISTRY_ENDPOINTS maps them.
  Outputs digest and digests (JSON: reference -> digest). --timeout SECONDS: overall deadline (default 600).
  Exit: 0 found, 1 no such image or platform, 2 bad input, 3 credentials refused.`,
  "list-tags": `Usage: ci-images ls REPO [--json]
  Prints the tags of REPO (host[:port]/name, no tag; alpine is docker.io/library/alpine), one a
  line, following the registry's pagination (Link: rel="next", on its own origin only).
  --timeout SECONDS: overall deadline (default 600). Exit: 0 listed, 1 no such repository, 2 bad input, 3 credentials refused.`
};

export {
  reportDigest,
  reportTags,
  reportTag,
  reportCopy,
  reportReferencesPlan,
  reportReferencesFound,
  REFS_USAGE
};

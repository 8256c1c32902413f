/**
 * The usage texts of the commands on plain references (wait, copy, tag, digest, ls), beside
 * lib/report/usage.ts's: `--help` prints one, then the variables the recipe reads.
 */
export const REFS_USAGE = {
  'wait-for-images': `Usage: ci-images wait REF... [--timeout SECONDS] [--poll-interval SECONDS] [--heartbeat SECONDS] [--platform OS/ARCH] [--json] [--dry-run]
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
  'copy-image': `Usage: ci-images copy SRC DST... [--dry-run] [--json]
       ci-images copy HOST [--image ci|prod] [--python 3.8] ...   (push-images --copy-to HOST: see push --help)
  Copies the image SRC names to each DST: every platform of an index, blobs skipped when there,
  mounted within one registry, streamed otherwise; the digest is unchanged; the tag is written last.
  A DST without a tag takes SRC's tag (SRC by digest only: the copy is by digest, untagged).
  References as docker reads them: alpine is docker.io/library/alpine:latest.
  --dry-run  resolve SRC's digest and print the copies, write nothing
  Outputs digests (JSON: reference -> digest). --timeout SECONDS: overall deadline (default 3600).
  Exit: 0 copied, 1 no such image or failed, 2 bad input, 3 credentials refused.`,
  'tag-image': `Usage: ci-images tag REF TAG... [--dry-run] [--json]
  Tags the image REF names (host[:port]/name[:tag][@digest]; alpine is docker.io/library/alpine:latest)
  as each TAG in the same repository: the manifest is read once and PUT under every tag.
  --dry-run  resolve REF's digest and print the PUTs, write nothing
  Outputs digests (JSON: reference -> digest). --timeout SECONDS: overall deadline (default 600).
  Exit: 0 tagged, 1 no such image or failed, 2 bad input, 3 credentials refused.`,
  'image-digest': `Usage: ci-images digest REF [--platform OS/ARCH] [--json]
  Prints the manifest digest REF names (an index's own digest for a multi-platform image).
  REF as docker reads it: alpine is docker.io/library/alpine:latest; host[:port]/name[:tag][@digest].
  --platform OS/ARCH  the digest of that platform's image instead (an index's child), e.g. linux/arm64
  Loopback hosts (localhost, 127.0.0.0/8, [::1]) are plain http, others https unless REGISTRY_ENDPOINTS maps them.
  Outputs digest and digests (JSON: reference -> digest). --timeout SECONDS: overall deadline (default 600).
  Exit: 0 found, 1 no such image or platform, 2 bad input, 3 credentials refused.`,
  'list-tags': `Usage: ci-images ls REPO [--json]
  Prints the tags of REPO (host[:port]/name, no tag; alpine is docker.io/library/alpine), one a
  line, following the registry's pagination (Link: rel="next", on its own origin only).
  --timeout SECONDS: overall deadline (default 600). Exit: 0 listed, 1 no such repository, 2 bad input, 3 credentials refused.`,
} as const satisfies Readonly<Record<string, string>>;

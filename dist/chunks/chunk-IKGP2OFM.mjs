import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  GITHUB_REGISTRIES
} from "./chunk-Q3VEEV6Q.mjs";

// lib/report/usage.ts
function waitUsage(image, script) {
  const what = image === "ci" ? "CI images" : "PROD images (and -build images when WAIT_FOR_PROD_BUILD_IMAGE=true)";
  return `Usage: tsx scripts/ci/images/${script} [--timeout SECONDS] [--poll-interval SECONDS] [--heartbeat SECONDS] [--platform OS/ARCH]
       [--producer WORKFLOW | --producer-run-id N] [--grace SECONDS] [--json] [--dry-run]

Waits for the ${what} of every python version in CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING,
tag GITHUB_REGISTRY_PULL_IMAGE_TAG, in ${GITHUB_REGISTRIES.join(" and ")} at once, and reports the
registry that holds them all (${GITHUB_REGISTRIES[0]} when both do) as the output githubRegistry.

  --timeout SECONDS        give up after this long (env WAIT_FOR_IMAGE_TIMEOUT, default 3600)
  --poll-interval SECONDS  time between checks at most, 80-100 % of it at random (env WAIT_FOR_IMAGE_POLL_INTERVAL, default 5)
  --heartbeat SECONDS      in CI logs, a found/missing count line this often (default 60; 0: none)
  --platform OS/ARCH       only an image (or index) holding this platform counts, e.g. linux/arm64
  --producer WORKFLOW      the workflow that pushes the images (file name, id or name; env WAIT_FOR_IMAGE_PRODUCER):
                           its newest run for the images' commit is followed; when it fails the wait fails at once,
                           naming the run and its failed jobs (needs GITHUB_TOKEN with actions: read)
  --producer-run-id N      that run, outright (a workflow_run event names it by itself)
  --grace SECONDS          after the producer run succeeded, how long the images may take to show (default 120)
  --json                   print one JSON document on stdout
  --dry-run                no network: print the references it would wait for
Runs only when USE_GITHUB_REGISTRY=true and GITHUB_REGISTRY_WAIT_FOR_IMAGE=true.
Exit codes: 0 all found, 1 timed out or the producer run failed, 2 bad input, 3 credentials refused.`;
}
var USAGE = {
  "wait-for-all-ci-images": waitUsage("ci", "wait-for-all-ci-images.ts"),
  "wait-for-all-prod-images": waitUsage("prod", "wait-for-all-prod-images.ts"),
  "merge-platforms": `Usage: tsx scripts/ci/images/merge-platforms.ts [--target IMAGE:TAG | --image ci|prod --python 3.8] [--dry-run] [--json] DIGEST...
  Pushes an OCI image index of the images DIGEST... (sha256:…, already pushed to the target's
  repository, one per platform; an index contributes its platforms) under the target tag. Each
  platform is read from the image's own config. --target defaults to the image in GITHUB_REGISTRY
  at GITHUB_REGISTRY_PUSH_IMAGE_TAG (and the commit tag too, when known). No docker needed.
  --dry-run reads the images and prints the index it would push. Outputs imageReference and imageDigest.
  --timeout SECONDS: overall deadline (default 600). Exit: 0 pushed, 1 a digest missing or two images of one platform, 2 bad input, 3 credentials refused.`,
  "prepare-ci-image": `Usage: tsx scripts/ci/images/prepare-ci-image.ts [--image ci|prod] [--python 3.8] [--timeout SECONDS] [--dry-run] [--json]
  Waiting mode (USE_GITHUB_REGISTRY=true and GITHUB_REGISTRY_WAIT_FOR_IMAGE=true): waits (at most
  --timeout, env WAIT_FOR_IMAGE_TIMEOUT, default 3600) for the image at GITHUB_REGISTRY_PULL_IMAGE_TAG
  in GITHUB_REGISTRY (PROD: and the -build image with WAIT_FOR_PROD_BUILD_IMAGE=true), pulls it and
  tags it with the local name (apache/airflow:master-python3.8-ci). Otherwise builds it: docker
  buildx build with the registry cache <image>:cache (PREPARE_BUILDX_CACHE=true also exports it),
  or DOCKER_BUILDKIT=1 docker build without buildx. DOCKERFILE_CI, DOCKERFILE_PROD, DOCKER_CONTEXT,
  BUILD_TARGET, BUILD_ARGS, BUILD_PLATFORM, BUILDX_BUILDER and DOCKER_CACHE shape the build.
  --image defaults to ci, --python to PYTHON_MAJOR_MINOR_VERSION. --dry-run prints the docker
  commands (it only runs \`docker buildx version\`). Exit: 0 ready, 1 failed or timed out, 2 bad input, 3 refused.`,
  "prune-images": `Usage: tsx scripts/ci/images/prune-images.ts [--keep N] [--older-than 14d] [--dry-run | --yes] [--json] [--registry ghcr.io|docker.pkg.github.com]
  Plans (default, --dry-run) or performs (--yes) the deletion of old run-id/sha tags of the CI, PROD
  and PROD-build images. Kept: latest, cache, the newest N (default 10) run-id/sha tags by image
  creation date, anything younger than --older-than (default 14d; also h, m, w or seconds), and
  every digest a kept tag points to. --timeout SECONDS: overall deadline
  (default 3600). Exit: 0 done, 1 a deletion failed, 2 bad input, 3 credentials refused.`,
  "pull-image": `Usage: tsx scripts/ci/images/pull-image.ts --run-id RUN_ID [--image ci|prod] [--python 3.8] [--dry-run] [--json]
  Pulls the image a CI run pushed (tag RUN_ID, the GitHub Actions run id) from whichever GitHub
  registry holds it, and tags it with the local name (apache/airflow:master-python3.8-ci), as
  prepare-ci-image does in CI. One check per registry, no waiting: a run id with no image says so
  in seconds. Names follow the usual variables (GITHUB_REPOSITORY, BRANCH_NAME, ...); tokens:
  CONTAINER_REGISTRY_TOKEN / GITHUB_TOKEN, or your docker login. Output localImage.
  --timeout SECONDS: overall deadline (default 3600). Exit: 0 pulled, 1 no such image or failed, 2 bad input, 3 credentials refused.`,
  "push-images": `Usage: tsx scripts/ci/images/push-images.ts [--image ci|prod] [--python 3.8] [--promote FROM_TAG | --copy-to HOST] [--dry-run] [--json]
  Default: docker tag + push of the local image to GITHUB_REGISTRY as GITHUB_REGISTRY_PUSH_IMAGE_TAG
  and the commit tag (COMMIT_SHA, else on Actions the build context's HEAD; USE_GITHUB_REGISTRY=true);
  else docker push of the local DockerHub names. PROD also pushes the -build image when there is one.
  Several BUILD_PLATFORMs: no docker; the index prepare pushed at the push tag is PUT, by digest,
  under every publish tag (exit 1 naming the platforms when it is missing or lacks one).
  --promote FROM_TAG  no docker: re-tag the image at FROM_TAG in GITHUB_REGISTRY as the push tag
                      (and the commit tag) with one manifest PUT each
  --copy-to HOST      no docker: copy the push-tag image from GITHUB_REGISTRY to HOST (ghcr.io and
                      docker.pkg.github.com use their own naming; other hosts keep the path)
  --dry-run           print every docker command and registry write, do nothing
  Outputs imageReference and imageDigest. --timeout SECONDS: overall deadline (default 3600). Exit: 0 done, 1 failed, 2 bad input, 3 refused.`,
  "verify-ci-image": `Usage: tsx scripts/ci/images/verify-ci-image.ts [--python 3.8] [--dry-run] [--json]
  With USE_GITHUB_REGISTRY=true: docker pull of the CI image at GITHUB_REGISTRY_PULL_IMAGE_TAG in
  GITHUB_REGISTRY, tagged with the local name (apache/airflow:master-python3.8-ci); a failed pull is
  logged and the local image verified, unless FAIL_ON_GITHUB_DOCKER_PULL_ERROR=true. Then runs
  pip check in it: docker run --rm --network none --entrypoint /bin/bash IMAGE -c 'pip check'.
  --python defaults to PYTHON_MAJOR_MINOR_VERSION. --dry-run prints the docker commands, runs none.
  Exit: 0 pip check passed, 1 it failed (with how to fix conflicts) or no image, 2 bad input, 3 refused.`,
  "verify-prod-image": `Usage: tsx scripts/ci/images/verify-prod-image.ts [--python 3.8] [--dry-run] [--json]
  Pulls as verify-ci-image does (the PROD image, apache/airflow:master-python3.8), then runs each
  check in it (docker run --rm --network none --entrypoint /bin/bash IMAGE -c COMMAND), all of them
  even when one fails: airflow version prints 2.…; python --version prints Python 3.; airflow
  providers list --output table (COLUMNS=180) shows every provider of VERIFY_PROVIDERS_FILE
  (default scripts/ci/installed_providers.txt, e.g. apache.hive: apache-airflow-providers-apache-hive);
  python -c 'import X' for each line of VERIFY_IMPORTS_FILE (default scripts/ci/verify_imports.txt);
  pip check. A missing list file skips its check with one line. --dry-run prints the docker commands.
  Exit: 0 all passed, 1 a check failed or no image, 2 bad input (a bad list line), 3 refused.`,
  "save-image": `Usage: tsx scripts/ci/images/save-image.ts IMAGE... --output FILE [--from-docker] [--compress gzip] [--dry-run] [--json]
  Writes the images IMAGE... (host/repo:tag or @sha256:…) to FILE: a tar of an OCI image layout
  (oci-layout, index.json, blobs/) that also carries docker's manifest.json, so docker load,
  skopeo (oci-archive:FILE) and load-image all read it. From a registry every platform of an index
  is kept and every digest stays the same; with --from-docker the images come from the local daemon
  (docker save; DOCKER chooses the docker CLI). Each blob is verified (sha256/sha512) while written;
  the file appears only when complete. --compress gzip compresses the whole tar (load detects it).
  --dry-run reads the manifests and writes nothing. Output path (for actions/upload-artifact).
  --timeout SECONDS: overall deadline (default 3600). Exit: 0 written, 1 failed, 2 bad input, 3 credentials refused.`,
  "load-image": `Usage: tsx scripts/ci/images/load-image.ts FILE | --run-id N [--artifact NAME] [--to IMAGE:TAG ...] [--dry-run] [--json]
  Reads FILE (from save-image, skopeo's oci-archive, or docker save; plain or gzip) into a private
  temp dir and verifies all of it first: entry names (no absolute paths, .., links or devices), no
  duplicates, every blob's digest and declared size, the expanded size of a compressed file. Then
  with --to (once per image of the file, in its order) pushes each image there keeping every
  digest; without --to gives the images to the local daemon (docker load; DOCKER chooses the CLI).
  A refused file is one line naming the entry, and nothing is pushed. --dry-run verifies only.
  --run-id N: the archive a workflow run uploaded as an artifact (GITHUB_REPOSITORY, GITHUB_TOKEN with
  actions: read, GITHUB_API_URL); --artifact NAME picks it when the run has several.
  --timeout SECONDS: overall deadline (default 3600). Exit: 0 loaded, 1 failed, 2 bad input or a refused file, 3 credentials refused.`,
  auth: `Usage: tsx scripts/ci/images/auth.ts HOST [--check] [--json]
  Says where the credentials for HOST (ghcr.io, docker.io, 127.0.0.1:5000) come from, in the
  order they are looked up: the token variables (CONTAINER_REGISTRY_TOKEN for ghcr.io,
  GITHUB_TOKEN for docker.pkg.github.com), docker's config.json (credHelpers, credsStore, auths;
  DOCKER_CONFIG or ~/.docker), containers' auth.json (REGISTRY_AUTH_FILE, else XDG_RUNTIME_DIR,
  else XDG_CONFIG_HOME). Prints the source and the user, never the secret.
  --check: one authenticated request to the registry. --timeout SECONDS (default 60).
  Exit: 0 answered (found or not; with --check: accepted), 2 bad input, 3 with --check: none found, or refused.`,
  referrers: `Usage: tsx scripts/ci/images/referrers.ts REF [--artifact-type TYPE] [--depth N] [--json]
  Lists what belongs to the image REF (HOST/NAME[:TAG][@sha256:…]): signatures, SBOMs, attestations,
  like oras discover. Read from the OCI 1.1 referrers API where the registry has it, else from the
  fallback tag sha256-<hex>; cosign's tags sha256-<hex>.sig, .att and .sbom too. Each line: digest,
  kind, artifact type, size and how it was found (api, fallback-tag, cosign-tag).
  --artifact-type TYPE  only referrers of this media type
  --depth N             referrers of referrers too, N levels (1-8, default 1)
  --timeout SECONDS: overall deadline (default 600). Exit: 0 listed, 1 no such image or failed, 2 bad input, 3 credentials refused.`
};

export {
  USAGE
};

import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  reportVerify,
  verifyImage
} from "./chunk-U3YIGGIY.mjs";
import "./chunk-2CZDJTIM.mjs";
import {
  parsePythonFlag,
  runScript,
  setup
} from "./chunk-ODCBDXED.mjs";
import "./chunk-E7YZNGG6.mjs";
import "./chunk-QAO4AET5.mjs";

// scripts/ci/images/verify-ci-image.ts
var usage = `Usage: tsx scripts/ci/images/verify-ci-image.ts [--python 3.8] [--dry-run] [--json]
  With USE_GITHUB_REGISTRY=true: docker pull of the CI image at GITHUB_REGISTRY_PULL_IMAGE_TAG in
  GITHUB_REGISTRY, tagged with the local name (apache/airflow:master-python3.8-ci); a failed pull is
  logged and the local image verified, unless FAIL_ON_GITHUB_DOCKER_PULL_ERROR=true. Then runs
  pip check in it: docker run --rm --network none --entrypoint /bin/bash IMAGE -c 'pip check'.
  --python defaults to PYTHON_MAJOR_MINOR_VERSION. --dry-run prints the docker commands, runs none.
  Exit: 0 pip check passed, 1 it failed (with how to fix conflicts) or no image, 2 bad input, 3 refused.`;
await runScript({ name: "verify-ci-image", usage, flags: { python: { type: "string" } } }, async (flags) => {
  const session = setup(flags, { planOnStdout: true });
  const { config, log, dryRun } = session;
  const python = parsePythonFlag(flags.python, config);
  const result = await session.group(
    `Verifying the CI image for python ${python}`,
    () => verifyImage(config, session.docker(), { image: "ci", python, dryRun, log })
  );
  return reportVerify(session, result);
});

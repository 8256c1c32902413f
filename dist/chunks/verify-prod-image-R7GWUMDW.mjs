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

// scripts/ci/images/verify-prod-image.ts
var usage = `Usage: tsx scripts/ci/images/verify-prod-image.ts [--python 3.8] [--dry-run] [--json]
  Pulls as verify-ci-image does (the PROD image, apache/airflow:master-python3.8), then runs each
  check in it (docker run --rm --network none --entrypoint /bin/bash IMAGE -c COMMAND), all of them
  even when one fails: airflow version prints 2.…; python --version prints Python 3.; airflow
  providers list --output table (COLUMNS=180) shows every provider of VERIFY_PROVIDERS_FILE
  (default scripts/ci/installed_providers.txt, e.g. apache.hive: apache-airflow-providers-apache-hive);
  python -c 'import X' for each line of VERIFY_IMPORTS_FILE (default scripts/ci/verify_imports.txt);
  pip check. A missing list file skips its check with one line. --dry-run prints the docker commands.
  Exit: 0 all passed, 1 a check failed or no image, 2 bad input (a bad list line), 3 refused.`;
await runScript({ name: "verify-prod-image", usage, flags: { python: { type: "string" } } }, async (flags) => {
  const session = setup(flags, { planOnStdout: true });
  const { config, log, dryRun } = session;
  const python = parsePythonFlag(flags.python, config);
  const result = await session.group(
    `Verifying the PROD image for python ${python}`,
    () => verifyImage(config, session.docker(), { image: "prod", python, dryRun, log })
  );
  return reportVerify(session, result);
});

import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  splitPositionals
} from "./chunk-NFGPORKN.mjs";
import {
  mergePlatforms,
  mergeTarget,
  parseDigestArguments
} from "./chunk-INNC5BBE.mjs";
import "./chunk-5PMND4XI.mjs";
import {
  USAGE
} from "./chunk-IKGP2OFM.mjs";
import "./chunk-M2T5RP7L.mjs";
import {
  formatPlatform,
  parseImageFlag,
  parsePythonFlag,
  runScript,
  setup
} from "./chunk-G5RXXNCK.mjs";
import {
  formatReference
} from "./chunk-Q3VEEV6Q.mjs";
import "./chunk-MJ4GKCEB.mjs";
import "./chunk-QAO4AET5.mjs";

// lib/report/merge-platforms.ts
function reportMerge(session, result) {
  const { dryRun } = session;
  if (!dryRun) {
    session.output("imageReference", result.references[0]);
    session.output("imageDigest", result.imageDigest);
  }
  if (session.json) {
    const manifests = result.manifests.map((m) => ({ ...m, platform: formatPlatform(m.platform) }));
    session.result({ dryRun, ...result, manifests });
    return 0;
  }
  for (const reference of result.references) session.out(`${dryRun ? "Would push" : "Pushed"} index ${reference} ${result.imageDigest}`);
  for (const m of result.manifests) session.out(`  ${formatPlatform(m.platform)} ${m.digest}`);
  for (const a of result.attestations)
    session.out(`  attestation ${a.digest} of ${a.annotations["vnd.docker.reference.digest"] ?? "its image"}`);
  return 0;
}

// scripts/ci/images/merge-platforms.ts
var flags = { target: { type: "string" }, image: { type: "string" }, python: { type: "string" }, timeout: { type: "string" } };
var { flagArgs, positionals } = splitPositionals(process.argv.slice(2), flags);
await runScript(
  { name: "merge-platforms", usage: USAGE["merge-platforms"], flags, deadline: { defaultSeconds: 600 } },
  async (flags2) => {
    const session = setup(flags2, { planOnStdout: true });
    const { config, log, dryRun } = session;
    const digests = parseDigestArguments(positionals);
    const { target, extraTags } = await mergeTarget(
      config,
      flags2.target,
      parseImageFlag(flags2.image),
      parsePythonFlag(flags2.python, config)
    );
    const result = await session.group(
      `Merging ${digests.length} image(s) into ${formatReference(target)}`,
      () => mergePlatforms(session.registryClient(), target, digests, { extraTags, dryRun, log })
    );
    return reportMerge(session, result);
  },
  flagArgs
);

import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  mergePlatforms,
  mergeTarget,
  parseDigestArguments
} from "./chunk-WPIJ6JTQ.mjs";
import "./chunk-VW4FBLIU.mjs";
import "./chunk-PSQMQC6P.mjs";
import "./chunk-2CZDJTIM.mjs";
import {
  COMMON_FLAGS,
  formatPlatform,
  formatReference,
  parseImageFlag,
  parsePythonFlag,
  runScript,
  setup
} from "./chunk-ODCBDXED.mjs";
import "./chunk-E7YZNGG6.mjs";
import "./chunk-QAO4AET5.mjs";

// lib/cli/positionals.ts
import { parseArgs } from "node:util";
function splitPositionals(argv, flags2) {
  const { tokens } = parseArgs({ args: [...argv], options: { ...flags2, ...COMMON_FLAGS }, strict: false, allowPositionals: true, tokens: true });
  const dropped = /* @__PURE__ */ new Set();
  const positionals2 = [];
  for (const token of tokens ?? []) {
    if (token.kind === "positional") positionals2.push(token.value);
    if (token.kind === "positional" || token.kind === "option-terminator") dropped.add(token.index);
  }
  return { flagArgs: argv.filter((_, i) => !dropped.has(i)), positionals: positionals2 };
}

// lib/report/merge-platforms.ts
function reportMerge(session, result) {
  const { config, dryRun } = session;
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
  return 0;
}

// scripts/ci/images/merge-platforms.ts
var usage = `Usage: tsx scripts/ci/images/merge-platforms.ts [--target IMAGE:TAG | --image ci|prod --python 3.8] [--dry-run] [--json] DIGEST...
  Pushes an OCI image index of the images DIGEST... (sha256:…, already pushed to the target's
  repository, one per platform; an index contributes its platforms) under the target tag. Each
  platform is read from the image's own config. --target defaults to the image in GITHUB_REGISTRY
  at GITHUB_REGISTRY_PUSH_IMAGE_TAG (and the commit tag too, when known). No docker needed.
  --dry-run reads the images and prints the index it would push. Outputs imageReference and imageDigest.
  --timeout SECONDS: overall deadline (default 600). Exit: 0 pushed, 1 a digest missing or two images of one platform, 2 bad input, 3 credentials refused.`;
var flags = { target: { type: "string" }, image: { type: "string" }, python: { type: "string" }, timeout: { type: "string" } };
var { flagArgs, positionals } = splitPositionals(process.argv.slice(2), flags);
await runScript({ name: "merge-platforms", usage, flags, deadline: { defaultSeconds: 600 } }, async (flags2) => {
  const session = setup(flags2, { planOnStdout: true });
  const { config, log, dryRun } = session;
  const digests = parseDigestArguments(positionals);
  const { target, extraTags } = await mergeTarget(config, flags2.target, parseImageFlag(flags2.image), parsePythonFlag(flags2.python, config));
  const result = await session.group(
    `Merging ${digests.length} image(s) into ${formatReference(target)}`,
    () => mergePlatforms(session.registryClient(), target, digests, { extraTags, dryRun, log })
  );
  return reportMerge(session, result);
}, flagArgs);

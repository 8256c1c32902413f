import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  REFS_USAGE,
  reportCopy
} from "./chunk-CYALKPEO.mjs";
import {
  splitPositionals
} from "./chunk-NFGPORKN.mjs";
import {
  copyImage,
  runScript,
  setup
} from "./chunk-G5RXXNCK.mjs";
import {
  CiImagesError,
  ConfigError,
  formatReference,
  parseImageReference
} from "./chunk-Q3VEEV6Q.mjs";
import "./chunk-MJ4GKCEB.mjs";
import "./chunk-QAO4AET5.mjs";

// lib/commands/refs/copy.ts
function copyArguments(texts) {
  if (texts.length === 0) throw new ConfigError("SRC", "SRC is required: copy SRC DST... (see --help)");
  if (texts.length === 1) throw new ConfigError("DST", `DST is required: copy ${texts[0]} DST... names where the image goes (see --help)`);
  const parsed = parseImageReference(texts[0], { what: "SRC", defaultTag: false });
  const source = parsed.tag || parsed.digest ? parsed : { ...parsed, tag: "latest" };
  const targets = texts.slice(1).map((text) => copyDestination(source, parseImageReference(text, { what: "DST", defaultTag: false }), text));
  return { source, targets };
}
function copyDestination(source, destination, text = formatReference(destination)) {
  if (destination.digest) {
    throw new ConfigError(
      "DST",
      `DST ${JSON.stringify(text)} is not valid: a destination takes a tag, not a digest (the digest is the source's)`
    );
  }
  const target = { registry: destination.registry, repository: destination.repository, tag: destination.tag ?? source.tag };
  if (target.registry === source.registry && target.repository === source.repository && target.tag === source.tag) {
    throw new ConfigError("DST", `DST ${JSON.stringify(text)} is SRC itself: name another repository or registry (tag adds tags in place)`);
  }
  return target;
}
async function copyReferences(client, source, destinations, options) {
  const sourceText = formatReference(source);
  const digest = await client.manifestDigest(source);
  if (digest === void 0) throw new CiImagesError(`${sourceText} does not exist: nothing to copy`);
  const pinned = { ...source, digest };
  const copies = [];
  for (const destination of destinations) {
    const target = destination.tag ? destination : { ...destination, digest };
    const reference = formatReference(target);
    const line = `copy ${sourceText}@${digest} -> ${reference}`;
    if (options.dryRun) {
      options.log(`[dry-run] ${line}`);
      copies.push({ reference, digest });
      continue;
    }
    options.log(line);
    const copied = await copyImage(client, pinned, target);
    if (copied.digest !== digest) throw new CiImagesError(`${reference}: the registry stored ${copied.digest}, not ${digest}`);
    const { skipped, mounted, streamed } = copied.blobs;
    options.log(
      `copied ${reference} ${copied.digest}: ${streamed} blob(s) streamed (${copied.bytesStreamed} bytes), ${mounted} mounted, ${skipped} already there`
    );
    copies.push({ reference, digest: copied.digest, blobs: copied.blobs, bytesStreamed: copied.bytesStreamed });
  }
  return { source: sourceText, digest, copies };
}

// scripts/ci/images/copy-image.ts
var HOST_ONLY = /^(?:[^/\s@]*[.:][^/\s@]*|localhost)$/;
var flags = { timeout: { type: "string" } };
var args = process.argv.slice(2);
var { flagArgs, positionals } = splitPositionals(args, { ...flags, image: { type: "string" }, python: { type: "string" } });
if (positionals.length === 1 && HOST_ONLY.test(positionals[0]) && !args.includes("--help") && !args.includes("-h")) {
  process.argv = [process.argv[0], "scripts/ci/images/push-images.ts", "--copy-to", positionals[0], ...flagArgs];
  await import("./push-images-2R2JP3GH.mjs");
} else {
  await runScript(
    { name: "copy-image", usage: REFS_USAGE["copy-image"], flags, deadline: { defaultSeconds: 3600 } },
    async (flags2) => {
      const session = setup(flags2, { planOnStdout: true });
      const { source, targets } = copyArguments(positionals);
      const result = await session.group(
        `Copying ${formatReference(source)} to ${targets.length} destination(s)`,
        () => copyReferences(session.registryClient(), source, targets, { dryRun: session.dryRun, log: session.log })
      );
      return reportCopy(session, result);
    },
    flagArgs
  );
}

import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  referenceArguments,
  tagArguments
} from "./chunk-YI3EKFMC.mjs";
import {
  REFS_USAGE,
  reportTag
} from "./chunk-CYALKPEO.mjs";
import {
  splitPositionals
} from "./chunk-NFGPORKN.mjs";
import {
  runScript,
  setup
} from "./chunk-G5RXXNCK.mjs";
import {
  CiImagesError,
  formatReference
} from "./chunk-Q3VEEV6Q.mjs";
import "./chunk-MJ4GKCEB.mjs";
import "./chunk-QAO4AET5.mjs";

// lib/commands/refs/tag.ts
async function tagImage(client, ref, tags, options) {
  const source = formatReference(ref);
  const digest = await client.manifestDigest(ref);
  if (digest === void 0) throw new CiImagesError(`${source} does not exist: nothing to tag`);
  const manifest = options.dryRun ? void 0 : await client.getManifest({ ...ref, digest });
  const tagged = [];
  for (const tag of tags) {
    const target = { registry: ref.registry, repository: ref.repository, tag };
    const reference = formatReference(target);
    if (!manifest) {
      options.log(`[dry-run] PUT manifest ${reference} (${digest}, from ${source})`);
      tagged.push({ reference, digest });
      continue;
    }
    const written = await client.putManifest(target, manifest.body, manifest.mediaType);
    if (written !== digest) throw new CiImagesError(`${reference}: the registry stored ${written}, not ${digest}`);
    options.log(`tagged ${reference} ${written}`);
    tagged.push({ reference, digest: written });
  }
  return { source, digest, tagged };
}

// scripts/ci/images/tag-image.ts
var flags = { timeout: { type: "string" } };
var { flagArgs, positionals } = splitPositionals(process.argv.slice(2), flags);
await runScript(
  { name: "tag-image", usage: REFS_USAGE["tag-image"], flags, deadline: { defaultSeconds: 600 } },
  async (flags2) => {
    const session = setup(flags2, { planOnStdout: true });
    const [ref] = referenceArguments(positionals.slice(0, 1), "REF");
    const tags = tagArguments(positionals.slice(1));
    const result = await session.group(
      `Tagging ${formatReference(ref)} as ${tags.join(", ")}`,
      () => tagImage(session.registryClient(), ref, tags, { dryRun: session.dryRun, log: session.log })
    );
    return reportTag(session, result);
  },
  flagArgs
);

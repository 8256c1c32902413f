import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  SAVE_FLAGS,
  blobsOf,
  extractArchive,
  legacyToLayout,
  parseCompressFlag,
  parseOutputFlag,
  parseReferences,
  readLayout,
  readRegistryImage,
  reportSave,
  writeArchive
} from "./chunk-DFRRA643.mjs";
import {
  splitPositionals
} from "./chunk-NFGPORKN.mjs";
import {
  USAGE
} from "./chunk-IKGP2OFM.mjs";
import {
  runScript,
  setup
} from "./chunk-G5RXXNCK.mjs";
import {
  ConfigError,
  formatReference
} from "./chunk-Q3VEEV6Q.mjs";
import "./chunk-MJ4GKCEB.mjs";
import "./chunk-QAO4AET5.mjs";

// lib/commands/save.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
var summary = (images) => images.map((i) => ({ name: i.name, digest: i.top.digest, mediaType: i.top.mediaType, children: i.children.length }));
async function write(images, open, source, options) {
  const compression = options.compress ?? "none";
  const base = { source, path: options.output, compression, images: summary(images) };
  if (options.dryRun) {
    options.log?.(
      `[dry-run] would write ${images.length} image(s) to ${options.output}${compression === "none" ? "" : ` (${compression})`}`
    );
    return base;
  }
  options.log?.(`writing ${images.length} image(s) to ${options.output}`);
  const { path: _path, ...file } = await writeArchive(options.output, images, open, { compress: compression });
  return { ...base, file };
}
async function saveFromRegistry(registry, refs, options) {
  const images = [];
  const openers = /* @__PURE__ */ new Map();
  for (const ref of refs) {
    options.log?.(`reading ${formatReference(ref)}`);
    const { image, open } = await readRegistryImage(registry, ref);
    images.push(image);
    openers.set(image.top.digest, open);
  }
  const owner = /* @__PURE__ */ new Map();
  for (const image of images)
    for (const blob of blobsOf(image)) if (!owner.has(blob.digest)) owner.set(blob.digest, openers.get(image.top.digest));
  return write(images, (descriptor) => owner.get(descriptor.digest)(descriptor), "registry", options);
}
async function saveFromDocker(docker, names, options) {
  if (options.dryRun) {
    await docker.run(["save", "-o", `${options.output}.docker-save.tar`, ...names]);
    const images = names.map((name) => ({ name, digest: "", mediaType: "", children: 0 }));
    return { source: "docker", path: options.output, compression: options.compress ?? "none", images };
  }
  const dir = await mkdtemp(join(tmpdir(), "ci-images-save-"));
  try {
    const saved = join(dir, "docker-save.tar");
    await docker.run(["save", "-o", saved, ...names]);
    const layoutDir = join(dir, "layout");
    const { entries } = await extractArchive(saved, layoutDir);
    const present = new Map(entries);
    if (!present.has("index.json")) await legacyToLayout(saved, layoutDir, present);
    const layout = await readLayout(saved, layoutDir, present);
    return await write([...layout.images], layout.open, "docker", options);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// scripts/ci/images/save-image.ts
var { flagArgs, positionals } = splitPositionals(process.argv.slice(2), SAVE_FLAGS);
await runScript(
  { name: "save-image", usage: USAGE["save-image"], flags: SAVE_FLAGS, deadline: { defaultSeconds: 3600 } },
  async (flags) => {
    const session = setup(flags, { planOnStdout: true });
    const { log, dryRun } = session;
    if (positionals.length === 0) throw new ConfigError("IMAGE", "no image given: name the images to save, e.g. ghcr.io/org/repo:tag");
    const references = parseReferences("IMAGE", positionals);
    const output = parseOutputFlag(flags.output);
    const compress = parseCompressFlag(flags.compress);
    const options = { output, compress, dryRun, log };
    const result = await session.group(
      `Saving ${positionals.length} image(s) to ${output}`,
      () => flags["from-docker"] ? saveFromDocker(session.docker(), positionals, options) : saveFromRegistry(session.registryClient(), references, options)
    );
    return reportSave(session, result);
  },
  flagArgs
);

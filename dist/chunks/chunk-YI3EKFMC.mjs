import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  ConfigError,
  TAG,
  TAG_ACCEPTED,
  parseImageReference,
  parseRepository
} from "./chunk-Q3VEEV6Q.mjs";

// lib/commands/refs/arguments.ts
function referenceArguments(texts, name, options = {}) {
  const min = options.min ?? 1;
  if (texts.length < min)
    throw new ConfigError(name, `${name} is required: an image reference such as ghcr.io/acme/widgets/api:1.0 (see --help)`);
  if (options.max !== void 0 && texts.length > options.max) {
    throw new ConfigError(name, `one ${name} only, got ${texts.length}: ${texts.join(" ")} (see --help)`);
  }
  return texts.map((text) => parseImageReference(text, { what: name, defaultTag: options.defaultTag }));
}
function repositoryArgument(texts) {
  if (texts.length !== 1)
    throw new ConfigError("REPO", `one REPO is required, got ${texts.length}: e.g. ghcr.io/acme/widgets/api (see --help)`);
  return parseRepository(texts[0], "REPO");
}
function tagArguments(texts) {
  if (texts.length === 0) throw new ConfigError("TAG", "TAG is required: the new tag(s) for the image, e.g. latest 1.0 (see --help)");
  for (const tag of texts) if (!TAG.test(tag)) throw ConfigError.invalid("TAG", tag, TAG_ACCEPTED);
  return [...new Set(texts)];
}

export {
  referenceArguments,
  repositoryArgument,
  tagArguments
};

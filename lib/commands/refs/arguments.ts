/**
 * The positional arguments of the commands on plain references (wait, copy, tag, digest, ls):
 * each checked before anything runs, a bad one a ConfigError (exit 2) naming the argument.
 */
import { ConfigError } from '../../support/errors.ts';
import { TAG, TAG_ACCEPTED } from '../../oci/grammar.ts';
import { parseImageReference, parseRepository, type Reference } from '../../oci/reference.ts';

type Repository = Pick<Reference, 'registry' | 'repository'>;

/** `REF…`: at least `min` references; `alpine` means `docker.io/library/alpine:latest`. */
export function referenceArguments(
  texts: readonly string[],
  name: string,
  options: { min?: number; max?: number; defaultTag?: boolean } = {},
): Reference[] {
  const min = options.min ?? 1;
  if (texts.length < min)
    throw new ConfigError(name, `${name} is required: an image reference such as ghcr.io/acme/widgets/api:1.0 (see --help)`);
  if (options.max !== undefined && texts.length > options.max) {
    throw new ConfigError(name, `one ${name} only, got ${texts.length}: ${texts.join(' ')} (see --help)`);
  }
  return texts.map((text) => parseImageReference(text, { what: name, defaultTag: options.defaultTag }));
}

/** `REPO`: a repository without tag or digest. */
export function repositoryArgument(texts: readonly string[]): Repository {
  if (texts.length !== 1)
    throw new ConfigError('REPO', `one REPO is required, got ${texts.length}: e.g. ghcr.io/acme/widgets/api (see --help)`);
  return parseRepository(texts[0], 'REPO');
}

/** `TAG…`: at least one docker tag. */
export function tagArguments(texts: readonly string[]): string[] {
  if (texts.length === 0) throw new ConfigError('TAG', 'TAG is required: the new tag(s) for the image, e.g. latest 1.0 (see --help)');
  for (const tag of texts) if (!TAG.test(tag)) throw ConfigError.invalid('TAG', tag, TAG_ACCEPTED);
  return [...new Set(texts)];
}

/** Every reference's repository, once: what one token with every scope covers. */
export function repositoriesByHost(refs: readonly Repository[]): Map<string, string[]> {
  const byHost = new Map<string, string[]>();
  for (const ref of refs) {
    const list = byHost.get(ref.registry) ?? [];
    if (!list.includes(ref.repository)) list.push(ref.repository);
    byHost.set(ref.registry, list);
  }
  return byHost;
}

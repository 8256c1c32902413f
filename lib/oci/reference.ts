/**
 * Image references: `host[:port]/name[:tag][@sha256:…]`, normalised as docker does
 * (distribution/reference's ParseNormalizedNamed): `alpine` → `docker.io/library/alpine:latest`,
 * `index.docker.io/x` → `docker.io/x`, a first component is a host only when it holds `.` or `:`,
 * is `localhost`, or has upper-case letters. Pure.
 */
import { ConfigError } from '../support/errors.ts';
import { DIGEST, DIGEST_ACCEPTED, NAME_COMPONENT, NAME_COMPONENT_ACCEPTED, TAG, TAG_ACCEPTED } from './grammar.ts';

export interface Reference {
  /** The public registry host, e.g. `ghcr.io` or `127.0.0.1:5000`. */
  readonly registry: string;
  readonly repository: string;
  readonly tag?: string;
  readonly digest?: string;
}

/** Docker Hub's three names: the one in references, the API host, and docker's config.json key. */
export const DOCKER_HUB = {
  host: 'docker.io',
  apiHost: 'registry-1.docker.io',
  configKey: 'https://index.docker.io/v1/',
} as const;

/** Other spellings of Docker Hub's host that docker folds into `docker.io`. */
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

/** A host (or IPv6 literal in brackets) and an optional port. */
const REGISTRY_HOST =
  /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*)(?::\d{1,5})?$/;
/** docker's limit on the name (host and path). */
const MAX_NAME = 255;

export interface ParseOptions {
  /** What the error names (a flag, an argument). Default `image reference`. */
  readonly what?: string;
  /** A reference without tag or digest means `:latest` (docker's default). False: left without one. */
  readonly defaultTag?: boolean;
}

/** docker's reading of a reference, `:latest` when it names neither tag nor digest. One argument, so `.map(parseReference)` works. */
export function parseReference(text: string): Reference {
  return parseImageReference(text);
}

export function parseImageReference(text: string, options: ParseOptions = {}): Reference {
  const what = options.what ?? 'image reference';
  const invalid = (why: string) => new ConfigError(what, `${what} ${JSON.stringify(text)} is not valid: ${why}`);
  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) throw invalid(`after @: ${DIGEST_ACCEPTED}`);
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) throw invalid(TAG_ACCEPTED);
  }
  const { registry, path } = splitHost(rest);
  if (!REGISTRY_HOST.test(registry)) throw invalid('expected a registry host[:port] before the first /, e.g. ghcr.io or localhost:5000');
  const parts = path.split('/');
  if (registry === DOCKER_HUB.host && parts.length === 1) parts.unshift('library');
  if (!parts.every((p) => NAME_COMPONENT.test(p))) throw invalid(NAME_COMPONENT_ACCEPTED);
  const repository = parts.join('/');
  if (registry.length + 1 + repository.length > MAX_NAME) throw invalid(`the name is longer than ${MAX_NAME} characters`);
  if (!tag && !digest && options.defaultTag !== false) tag = 'latest';
  return { registry, repository, tag, digest };
}

/** docker's splitDockerDomain: the host part, Docker Hub's aliases folded into `docker.io`. */
function splitHost(name: string): { registry: string; path: string } {
  const slash = name.indexOf('/');
  const first = slash < 0 ? '' : name.slice(0, slash);
  const isHost = slash >= 0 && (/[.:]/.test(first) || first === 'localhost' || first.toLowerCase() !== first);
  if (!isHost) return { registry: DOCKER_HUB.host, path: name };
  const host = first.toLowerCase();
  return { registry: DOCKER_HUB_ALIASES.has(host) ? DOCKER_HUB.host : host, path: name.slice(slash + 1) };
}

/** A repository (no tag, no digest), e.g. the argument of `ls`. */
export function parseRepository(text: string, what = 'repository'): Pick<Reference, 'registry' | 'repository'> {
  const ref = parseImageReference(text, { what, defaultTag: false });
  if (ref.tag || ref.digest) {
    throw new ConfigError(
      what,
      `${what} ${JSON.stringify(text)} is not valid: expected a repository without :tag or @digest, e.g. ghcr.io/acme/widgets/api`,
    );
  }
  return { registry: ref.registry, repository: ref.repository };
}

export function formatReference(ref: Reference): string {
  return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

/** docker's familiar form: `alpine:latest` for `docker.io/library/alpine:latest`, `acme/x:1` for Docker Hub's `acme/x`. */
export function familiarReference(ref: Reference): string {
  if (ref.registry !== DOCKER_HUB.host) return formatReference(ref);
  const full = formatReference(ref).slice(DOCKER_HUB.host.length + 1);
  return full.startsWith('library/') && !ref.repository.slice('library/'.length).includes('/') ? full.slice('library/'.length) : full;
}

/** What the registry API takes after `/manifests/`: the digest when known, else the tag. */
export function manifestKey(ref: Reference): string {
  return ref.digest ?? ref.tag ?? 'latest';
}

/** The key docker's config.json uses for a host's `auths` entry (Docker Hub keeps its legacy URL). */
export function dockerConfigKey(registry: string): string {
  return DOCKER_HUB_ALIASES.has(registry.toLowerCase()) ? DOCKER_HUB.configKey : registry.toLowerCase();
}

/** A config.json `auths` key (`https://index.docker.io/v1/`, `ghcr.io`, `http://host:5000/v2/`) → the host it is for. */
export function hostOfConfigKey(key: string): string {
  const host = key
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/\/.*$/, '')
    .toLowerCase();
  return DOCKER_HUB_ALIASES.has(host) ? DOCKER_HUB.host : host;
}

/** Hosts docker talks plain http to without being told: `localhost`, 127.0.0.0/8 and `[::1]`, any port. */
export function isLoopbackHost(host: string): boolean {
  const name = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return name === 'localhost' || name === '::1' || /^127\.\d+\.\d+\.\d+$/.test(name);
}

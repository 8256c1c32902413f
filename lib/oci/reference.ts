/** Image references: `host[:port]/name[:tag][@sha256:…]`, with docker's defaults for short names. */
import { ConfigError } from '../support/errors.ts';
import { DIGEST, DIGEST_ACCEPTED, NAME_COMPONENT, NAME_COMPONENT_ACCEPTED, TAG, TAG_ACCEPTED } from './grammar.ts';

export interface Reference {
  /** The public registry host, e.g. `ghcr.io` or `127.0.0.1:5000`. */
  readonly registry: string;
  readonly repository: string;
  readonly tag?: string;
  readonly digest?: string;
}

export function parseReference(text: string): Reference {
  const invalid = (why: string) => new ConfigError('image reference', `image reference ${JSON.stringify(text)} is not valid: ${why}`);
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
  const parts = rest.split('/');
  let registry = 'docker.io';
  if (parts.length > 1 && (/[.:]/.test(parts[0]) || parts[0] === 'localhost')) registry = parts.shift()!;
  if (registry === 'docker.io' && parts.length === 1) parts.unshift('library');
  if (parts.length === 0 || !parts.every((p) => NAME_COMPONENT.test(p))) {
    throw invalid(NAME_COMPONENT_ACCEPTED);
  }
  if (!tag && !digest) tag = 'latest';
  return { registry, repository: parts.join('/'), tag, digest };
}

export function formatReference(ref: Reference): string {
  return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

/** What the registry API takes after `/manifests/`: the digest when known, else the tag. */
export function manifestKey(ref: Reference): string {
  return ref.digest ?? ref.tag ?? 'latest';
}

export function isLoopbackHost(host: string): boolean {
  const name = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return name === 'localhost' || name === '::1' || /^127\.\d+\.\d+\.\d+$/.test(name);
}

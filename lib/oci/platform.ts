/**
 * OCI platforms (`os/architecture[/variant]`), normalised the way containerd matches them, so
 * `linux/arm64` finds an `arm64/v8` child, `linux/arm` means `arm/v7`, and `x86_64` is `amd64`.
 * Pure.
 */
import { ConfigError } from '../support/errors.ts';

export interface Platform {
  readonly os: string;
  readonly architecture: string;
  readonly variant?: string;
}

const PART = /^[a-z0-9_]+$/;
const ARCH_ALIASES: Record<string, string> = {
  x86_64: 'amd64',
  'x86-64': 'amd64',
  aarch64: 'arm64',
  armhf: 'arm',
  armel: 'arm',
  i386: '386',
};

/** `linux/arm64/v8` → `{ os, architecture, variant }` (normalised); a ConfigError names `what`. */
export function parsePlatform(text: string, what = 'platform'): Platform {
  const parts = text.trim().toLowerCase().split('/');
  if (parts.length < 2 || parts.length > 3 || !parts.every((p) => PART.test(p))) {
    throw ConfigError.invalid(what, text, 'expected os/arch[/variant], e.g. linux/amd64 or linux/arm64/v8');
  }
  if (isUnknownPlatform({ os: parts[0], architecture: parts[1] })) {
    throw ConfigError.invalid(
      what,
      text,
      'unknown/unknown is where buildx puts attestation manifests, not a platform; expected e.g. linux/amd64',
    );
  }
  return normalizePlatform({ os: parts[0], architecture: parts[1], variant: parts[2] });
}

/** containerd's normalisation: arm64's v8 is its default (dropped), arm defaults to v7, amd64's v1 is dropped. */
export function normalizePlatform(platform: Platform): Platform {
  const os = platform.os.toLowerCase();
  const architecture = ARCH_ALIASES[platform.architecture.toLowerCase()] ?? platform.architecture.toLowerCase();
  let variant = platform.variant?.toLowerCase() || undefined;
  if (variant && /^\d+$/.test(variant)) variant = `v${variant}`;
  if (architecture === 'arm64' && variant === 'v8') variant = undefined;
  if (architecture === 'amd64' && variant === 'v1') variant = undefined;
  if (architecture === 'arm' && !variant) variant = 'v7';
  return variant ? { os, architecture, variant } : { os, architecture };
}

export function formatPlatform(platform: Platform): string {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}

/**
 * Whether a descriptor's `platform` (or an image config's os/architecture/variant) is the wanted
 * one. Missing or malformed data never matches, nor does `unknown/unknown` (an attestation manifest).
 */
export function matchesPlatform(candidate: Readonly<Record<string, unknown>> | Platform | undefined, wanted: Platform | string): boolean {
  const want = typeof wanted === 'string' ? parsePlatform(wanted) : normalizePlatform(wanted);
  const have = platformOf(candidate);
  if (have === undefined || isUnknownPlatform(have)) return false;
  return have.os === want.os && have.architecture === want.architecture && have.variant === want.variant;
}

/** `unknown/unknown`: buildx's attestation manifests (provenance, SBOM) carry it; no image runs there. */
export function isUnknownPlatform(platform: Pick<Platform, 'os' | 'architecture'>): boolean {
  return platform.os === 'unknown' && platform.architecture === 'unknown';
}

/** The platform in a descriptor's `platform` object or an image config, normalised; undefined if absent. */
export function platformOf(value: Readonly<Record<string, unknown>> | Platform | undefined): Platform | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { os, architecture, variant } = value as Record<string, unknown>;
  if (typeof os !== 'string' || typeof architecture !== 'string' || !os || !architecture) return undefined;
  return normalizePlatform({ os, architecture, variant: typeof variant === 'string' ? variant : undefined });
}

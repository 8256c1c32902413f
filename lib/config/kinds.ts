/**
 * The kinds of value a variable can hold: each one parses a raw string into a typed value or throws
 * a one-line ConfigError (`NAME="value" is not valid: <accepted>`). Pure functions of the value,
 * except `appendableFile`, which asks the file system whether the file can be appended to (so a
 * bad GITHUB_OUTPUT fails at start-up, not after an hour's wait). The table of variables
 * (variables.ts) gives every variable one of these, and the flags of the scripts reuse them.
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigError } from '../support/errors.ts';
import { HOST } from '../oci/grammar.ts';

export interface Kind<T> {
  /** What is accepted, in words: the tail of the error message and the docs' "accepted" text. */
  readonly accepts: string;
  parse(name: string, value: string): T;
}

function kind<T>(accepts: string, parse: (name: string, value: string) => T): Kind<T> {
  return Object.freeze({ accepts, parse });
}

/** `true` or `false`, exactly (anything else would silently mean "false" in bash's `== "true"`). */
export const bool: Kind<boolean> = kind('true or false', (name, value) => {
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw ConfigError.invalid(name, value, 'expected true or false');
});

export function oneOf<T extends string>(allowed: readonly T[]): Kind<T> {
  const accepts = `one of ${allowed.join(', ')}`;
  return kind(accepts, (name, value) => {
    if ((allowed as readonly string[]).includes(value)) return value as T;
    throw ConfigError.invalid(name, value, `expected ${accepts}`);
  });
}

export function matching(pattern: RegExp, accepts: string): Kind<string> {
  return kind(accepts, (name, value) => {
    if (!pattern.test(value)) throw ConfigError.invalid(name, value, accepts);
    return value;
  });
}

/** Free text: secrets and paths, never validated (a token is opaque). */
export const text: Kind<string> = kind('any text', (_name, value) => value);

/** One line of printable text (build-argument values): no control characters. */
export const line: Kind<string> = kind('one line of text without control characters', (name, value) => {
  if (/[\u0000-\u001f\u007f]/.test(value)) throw ConfigError.invalid(name, value, 'expected one line of text without control characters');
  return value;
});

// ---- seconds ----------------------------------------------------------------------------------

export interface SecondsBounds {
  /** Inclusive. */
  readonly min: number;
  /** Inclusive; never above Node's timer limit (2^31-1 ms), which turns longer delays into 1 ms. */
  readonly max: number;
}

/** Node's setTimeout limit: a longer delay fires after 1 ms (with a TimeoutOverflowWarning). */
export const TIMER_LIMIT_SECONDS = (2 ** 31 - 1) / 1000;
export const DAY = 86_400;
/** Used when a name has no bounds of its own. */
export const DEFAULT_SECONDS_BOUNDS: SecondsBounds = Object.freeze({ min: 0.1, max: 7 * DAY });

function describeSeconds(seconds: number): string {
  if (seconds >= DAY && seconds % DAY === 0) return `${seconds / DAY} day${seconds === DAY ? '' : 's'}`;
  if (seconds >= 3600 && seconds % 3600 === 0) return `${seconds / 3600} h`;
  return `${seconds} s`;
}

export function secondsAccepted(bounds: SecondsBounds): string {
  return `expected a number of seconds from ${bounds.min} to ${bounds.max} (${describeSeconds(bounds.max)}), e.g. 30 or 0.5`;
}

/** A number of seconds (decimals allowed, no exponent) within `bounds`. */
export function parseSecondsWithin(name: string, value: string, bounds: SecondsBounds = DEFAULT_SECONDS_BOUNDS): number {
  if (!(bounds.max <= TIMER_LIMIT_SECONDS)) throw new RangeError(`${name}: bounds above Node's timer limit`);
  const seconds = /^\d+(?:\.\d+)?$/.test(value) ? Number(value) : NaN;
  if (!(seconds >= bounds.min && seconds <= bounds.max && seconds > 0)) throw ConfigError.invalid(name, value, secondsAccepted(bounds));
  return seconds;
}

export interface SecondsKind extends Kind<number> {
  readonly bounds: SecondsBounds;
}

export function seconds(bounds: SecondsBounds): SecondsKind {
  return Object.freeze({ ...kind(secondsAccepted(bounds), (name, value) => parseSecondsWithin(name, value, bounds)), bounds });
}

// ---- python versions --------------------------------------------------------------------------

/** major.minor, no leading zeros (`03.8` and `3.08` would name images nobody pushes). */
const PYTHON_VERSION = /^[1-9]\d*\.(?:0|[1-9]\d*)$/;
const PYTHON_ACCEPTED = 'expected a python version like 3.8 (major.minor, no leading zeros)';

export function checkPythonVersion(name: string, value: string): string {
  if (!PYTHON_VERSION.test(value)) throw ConfigError.invalid(name, value, PYTHON_ACCEPTED);
  return value;
}

export function parsePythonVersions(name: string, value: string): string[] {
  const versions = value.split(/[\s,]+/).filter(Boolean);
  for (const version of versions) {
    if (!PYTHON_VERSION.test(version)) {
      throw ConfigError.invalid(
        name,
        value,
        `every version must look like 3.8 (major.minor, no leading zeros), got ${JSON.stringify(version)}`,
      );
    }
  }
  return Object.freeze([...new Set(versions)]) as string[];
}

export const python: Kind<string> = kind(PYTHON_ACCEPTED, checkPythonVersion);
export const pythonList: Kind<readonly string[]> = kind('space-separated python versions, e.g. "3.6 3.7 3.8"', parsePythonVersions);

// ---- registry endpoints -----------------------------------------------------------------------

const ENDPOINTS_ACCEPTED = 'expected comma-separated host=url pairs, e.g. ghcr.io=http://127.0.0.1:5000';

/**
 * `ghcr.io=http://127.0.0.1:5001,docker.pkg.github.com=http://127.0.0.1:5002`. Credentials have no
 * place here (they come from tokens or docker's config): a value holding `@` is refused without
 * being shown, whatever its password holds (`/`, `,`, `@` included). Each host may appear once.
 */
export function parseRegistryEndpoints(raw: string | undefined, name = 'REGISTRY_ENDPOINTS'): ReadonlyMap<string, string> {
  const endpoints = new Map<string, string>();
  if (!raw) return frozenMap(endpoints);
  if (raw.includes('@')) {
    throw new ConfigError(
      name,
      `${name} is not valid (value not shown): user:password@ in a URL is refused, credentials come from the token variables or docker's config.json; ${ENDPOINTS_ACCEPTED}`,
    );
  }
  for (const pair of raw
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw ConfigError.invalid(name, raw, ENDPOINTS_ACCEPTED);
    const host = pair.slice(0, eq).trim().toLowerCase();
    const target = pair.slice(eq + 1).trim();
    if (!HOST.test(host)) throw ConfigError.invalid(name, raw, `${JSON.stringify(host)} is not a registry host; ${ENDPOINTS_ACCEPTED}`);
    if (endpoints.has(host)) throw ConfigError.invalid(name, raw, `${host} appears more than once; ${ENDPOINTS_ACCEPTED}`);
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      throw ConfigError.invalid(name, raw, `${JSON.stringify(target)} is not a URL; ${ENDPOINTS_ACCEPTED}`);
    }
    if (
      (url.protocol !== 'http:' && url.protocol !== 'https:') ||
      url.search ||
      url.hash ||
      url.username ||
      url.password ||
      target.includes('?') ||
      target.includes('#')
    ) {
      throw ConfigError.invalid(name, raw, `${JSON.stringify(target)} must be a plain http:// or https:// URL; ${ENDPOINTS_ACCEPTED}`);
    }
    endpoints.set(host, url.origin + url.pathname.replace(/\/+$/, ''));
  }
  return frozenMap(endpoints);
}

export const registryEndpoints: Kind<ReadonlyMap<string, string>> = kind(ENDPOINTS_ACCEPTED, (name, value) =>
  parseRegistryEndpoints(value, name),
);

/** A Map that refuses changes at run time too (Object.freeze does not reach a Map's entries). */
export function frozenMap<K, V>(map: Map<K, V>): ReadonlyMap<K, V> {
  const refuse = () => {
    throw new TypeError('the configuration is read-only');
  };
  return Object.freeze(Object.assign(map, { set: refuse, delete: refuse, clear: refuse }));
}

// ---- URLs and files ---------------------------------------------------------------------------

/** An http(s) URL without credentials, query or fragment; trailing slashes dropped. */
export const httpUrl: Kind<string> = kind('an http(s) URL, e.g. https://api.github.com', (name, value) => {
  const accepted = 'expected an http(s) URL, e.g. https://api.github.com';
  if (value.includes('@'))
    throw new ConfigError(name, `${name} is not valid (value not shown): user:password@ in a URL is refused; ${accepted}`);
  if (!/^https?:\/\/[^\s]+$/.test(value)) throw ConfigError.invalid(name, value, accepted);
  try {
    new URL(value);
  } catch {
    throw ConfigError.invalid(name, value, accepted);
  }
  return value.replace(/\/+$/, '');
});

/**
 * `$GITHUB_OUTPUT` and `$GITHUB_STEP_SUMMARY`: a file we can append to, found out now and not after
 * an hour's wait. An existing file must be writable; a missing one needs a writable directory.
 */
export const appendableFile: Kind<string> = kind('a file that can be appended to', (name, path) => {
  const full = resolve(path);
  const dir = dirname(full);
  let problem: string | undefined;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) problem = `its directory ${dir} does not exist`;
  else if (existsSync(full) && statSync(full).isDirectory()) problem = 'it is a directory';
  else if (existsSync(full) && !canWrite(full)) problem = 'it is not writable';
  else if (!existsSync(full) && !canWrite(dir)) problem = `its directory ${dir} is not writable`;
  if (problem) throw ConfigError.invalid(name, path, `expected a file that can be appended to (${problem})`);
  return path;
});

function canWrite(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

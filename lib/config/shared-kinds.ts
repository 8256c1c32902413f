/** Value kinds of the table shared by several variables (names, tags, paths, flags, bounds). */
import { ConfigError } from '../support/errors.ts';
import { NAME_COMPONENT, TAG, TAG_ACCEPTED } from '../oci/grammar.ts';
import { DAY, matching, type Kind, type SecondsBounds } from './kinds.ts';

// ---- kinds used by several variables -----------------------------------------------------------

/** One path component of a docker repository name (distribution's reference grammar). */
export const PATH_COMPONENT = NAME_COMPONENT;
export const COMPONENT_ACCEPTED = 'expected lower-case letters, digits and single separators (. _ -), as in a docker image name';
export const GITHUB_NAME = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
export const SAFE_PATH = /^[A-Za-z0-9_./@+-]+$/;
export const PATH_ACCEPTED = 'expected a relative or absolute path without spaces, quotes or shell characters';

export const component = matching(PATH_COMPONENT, COMPONENT_ACCEPTED);
export const tag = matching(TAG, TAG_ACCEPTED);
export const safePath = matching(SAFE_PATH, PATH_ACCEPTED);
export const stageName = (what: string) => matching(/^[A-Za-z0-9_.-]+$/, `expected a ${what} (letters, digits, _ . -)`);

/** `owner/name`, each part a valid image-name part once lower-cased. */
export const githubRepository: Kind<string> = {
  accepts: 'owner/name, e.g. apache/airflow',
  parse(name, value) {
    if (!GITHUB_NAME.test(value)) throw ConfigError.invalid(name, value, 'expected owner/name, e.g. apache/airflow');
    for (const part of value.toLowerCase().split('/')) {
      if (!PATH_COMPONENT.test(part))
        throw ConfigError.invalid(name, value, `owner and name must be valid image name parts (${COMPONENT_ACCEPTED})`);
    }
    return value;
  },
};

/** A full image reference for an extra local tag: `[host/]name[:tag]`, lower-case name. */
export const imageReference = matching(
  /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::\d{1,5})?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?$/,
  'expected an image reference such as apache/airflow:my-tag (lower-case name, optional :tag)',
);

/** KEY=VALUE pairs, space- or newline-separated. */
export const buildArgs: Kind<readonly string[]> = {
  accepts: 'space- or newline-separated KEY=VALUE pairs',
  parse(name, value) {
    const args = value.split(/[\n ]+/).filter(Boolean);
    for (const arg of args) {
      if (!/^[A-Za-z_][A-Za-z0-9_]*=/.test(arg))
        throw ConfigError.invalid(name, arg, 'expected space- or newline-separated KEY=VALUE pairs');
    }
    return Object.freeze(args);
  },
};

/** `CI`: any value is accepted (runners disagree: `true`, `1`); `true`, `1` and `yes` mean CI. */
export const ciFlag: Kind<boolean> = {
  accepts: 'true (also 1 or yes) on CI; anything else means not CI',
  parse: (_name, value) => /^(?:true|1|yes)$/i.test(value),
};

/** `false` turns it off; any other value (airflow passes a run id to bust the cache) turns it on. */
export const upgradeFlag = matching(
  /^[A-Za-z0-9_.-]{1,128}$/,
  'expected false, or a value that turns it on (true, a run id: letters, digits, _ . -)',
);

export const isoUtc = matching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, 'expected a UTC time like 2022-01-18T12:00:00Z');

export const TIMEOUT_BOUNDS: SecondsBounds = Object.freeze({ min: 0.1, max: 7 * DAY });
export const POLL_INTERVAL_BOUNDS: SecondsBounds = Object.freeze({ min: 0.1, max: 3600 });
export const GRACE_BOUNDS: SecondsBounds = Object.freeze({ min: 0.1, max: DAY });
/** The floor keeps a wait from reading the API every poll; tests lower it to 1 s. */
export const API_INTERVAL_BOUNDS: SecondsBounds = Object.freeze({ min: 1, max: 3600 });
export const REQUEST_TIMEOUT_BOUNDS: SecondsBounds = Object.freeze({ min: 0.1, max: DAY });

// ---- the table -----------------------------------------------------------------------------------

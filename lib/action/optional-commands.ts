/**
 * verify-ci / verify-prod: reserved commands whose recipes (scripts/ci/images/verify-*-image.ts) may
 * not exist yet. scripts/build.ts replaces this module in the bundle with the same CANDIDATES and
 * literal imports of the recipes that exist at build time (or an empty table). When run from
 * source (tsx), it looks now.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CommandInputs } from './inputs.ts';

const ROOT = resolve(import.meta.dirname, '../..');

export interface Candidate extends CommandInputs {
  readonly script: string;
  readonly summary: string;
}

/** The reserved commands, present or not (scripts/build.ts writes this table into the bundle as JSON). */
export const CANDIDATES: Readonly<Record<string, Candidate>> = {
  'verify-ci': { script: 'scripts/ci/images/verify-ci-image.ts', summary: 'pull the CI image and run pip check in it', inputs: ['python'] },
  'verify-prod': {
    script: 'scripts/ci/images/verify-prod-image.ts',
    summary: 'pull the PROD image and run its checks (versions, providers, imports, pip check)',
    inputs: ['python'],
  },
};

export const OPTIONAL_COMMANDS: Record<string, Candidate & { load: () => Promise<unknown> }> = Object.fromEntries(
  Object.entries(CANDIDATES)
    .filter(([, { script }]) => existsSync(resolve(ROOT, script)))
    .map(([name, candidate]) => [name, { ...candidate, load: () => import(pathToFileURL(resolve(ROOT, candidate.script)).href) }]),
);

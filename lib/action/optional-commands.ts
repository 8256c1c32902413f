/**
 * verify-ci / verify-prod: reserved commands whose recipes (scripts/ci/images/verify-*-image.ts) may
 * not exist yet. scripts/build.ts replaces this module in the bundle with literal imports of the
 * recipes that exist at build time (or an empty table). When run from source (tsx), it looks now.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '../..');

/** name, recipe, summary (scripts/build.ts takes the summaries from here too). */
export const CANDIDATES = [
  ['verify-ci', 'scripts/ci/images/verify-ci-image.ts', 'pull the CI image and run pip check in it'],
  ['verify-prod', 'scripts/ci/images/verify-prod-image.ts', 'pull the PROD image and run its checks (versions, providers, imports, pip check)'],
] as const;

export const OPTIONAL_COMMANDS: Record<string, { script: string; summary: string; load: () => Promise<unknown> }> = Object.fromEntries(
  CANDIDATES.filter(([, script]) => existsSync(resolve(ROOT, script))).map(([name, script, summary]) => [
    name,
    { script, summary, load: () => import(pathToFileURL(resolve(ROOT, script)).href) },
  ]),
);

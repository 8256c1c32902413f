/**
 * `--help`: the recipe's usage, then the variables it reads, from the one table of variables
 * (lib/config/variables.ts), so the help cannot drift from what is loaded and validated.
 */
import { describeVariables, isPorted, VARIABLE_LIST, type Section } from '../config/variables.ts';
import { usageAsInvoked } from './invocation.ts';

const COMMON: readonly Section[] = ['registry', 'credentials', 'python', 'transport'];

/** The sections of the table each script reads (build arguments: see the README). */
export const SECTIONS_BY_SCRIPT: Readonly<Record<string, readonly Section[]>> = {
  'wait-for-all-ci-images': [...COMMON, 'waiting'],
  'wait-for-all-prod-images': [...COMMON, 'waiting'],
  'prepare-ci-image': [...COMMON, 'waiting', 'images', 'building'],
  'push-images': [...COMMON, 'images', 'building'],
  'pull-image': [...COMMON, 'images'],
  'merge-platforms': [...COMMON, 'images'],
  'prune-images': [...COMMON],
  auth: ['registry', 'credentials', 'transport'],
  'save-image': [...COMMON],
  'load-image': [...COMMON],
  referrers: [...COMMON],
  'verify-ci-image': [...COMMON, 'images', 'verifying'],
  'verify-prod-image': [...COMMON, 'images', 'verifying'],
  // The commands on plain references read no image names: credentials, transport and the runner's.
  'wait-for-images': ['credentials', 'transport', 'runner', 'waiting'],
  'copy-image': ['credentials', 'transport', 'runner'],
  'tag-image': ['credentials', 'transport', 'runner'],
  'image-digest': ['credentials', 'transport', 'runner'],
  'list-tags': ['credentials', 'transport', 'runner'],
};

export function scriptHelp(script: string, given: string): string {
  const usage = usageAsInvoked(given);
  const sections = SECTIONS_BY_SCRIPT[script];
  if (!sections) return usage.trimEnd();
  const names = VARIABLE_LIST.filter((v) => isPorted(v.variable) && sections.includes(v.variable.section)).map((v) => v.name);
  return `${usage.trimEnd()}\n\nVariables (environment or .env; empty means the default):\n${describeVariables(names)}`;
}

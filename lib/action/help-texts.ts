/**
 * Each command's `--help` output, known at build time: scripts/build.ts replaces this module in
 * the bundle with the texts the built recipes print, so `--help` (bin or action) answers
 * without loading the recipe and its modules (start-up: node's own and little more). From source
 * (tsx) there are none and the recipe prints its help itself.
 */
export const HELP_TEXTS: Readonly<Record<string, string>> | undefined = undefined;

/**
 * The two facts the script frame needs before (or without) a valid configuration: whether we run
 * in GitHub Actions (for the failure annotation of a run whose configuration was refused) and
 * whether stack traces are wanted. Everything else comes from `load.ts`.
 */
export function inGithubActions(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.GITHUB_ACTIONS === 'true';
}

export function debugEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CI_IMAGES_DEBUG === 'true';
}

/**
 * The facts of the process the frame needs before (or without) a valid configuration: whether we
 * run in GitHub Actions (for the failure annotation of a run whose configuration was refused),
 * whether stack traces are wanted, and which docker CLI to run. Everything else comes from `load.ts`.
 */
export function inGithubActions(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.GITHUB_ACTIONS === 'true';
}

export function debugEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CI_IMAGES_DEBUG === 'true';
}

/**
 * `DOCKER`: the docker CLI to run (default `docker` on PATH). A newer CLI without the buildx plugin
 * refuses `DOCKER_BUILDKIT=1`; this picks the one that drives the daemon's BuildKit explicitly.
 */
export function dockerBinary(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.DOCKER || undefined;
}

/** Live, redrawn terminal lines use escape codes: not with NO_COLOR (https://no-color.org) or TERM=dumb. */
export function terminalEffectsAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  return !env.NO_COLOR && env.TERM !== 'dumb';
}

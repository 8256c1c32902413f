/**
 * The commit an image was built from (parity addendum §2): COMMIT_SHA when set, else the
 * checked-out commit of the build context (`git rev-parse HEAD`), as the bash computed it. Never
 * GITHUB_SHA: under `workflow_run` that is the default branch's tip, not the code that was built.
 */
import { promisify } from 'node:util';
import type { Config } from '../config/load.ts';

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

const commits = new Map<string, Promise<string | undefined>>();

/**
 * `git rev-parse HEAD` in `dir`; undefined when it is not a git checkout (or git is missing). Asked
 * once per directory: the build (COMMIT_SHA argument) and the tags of one run need the same answer.
 */
export function checkedOutCommit(dir: string): Promise<string | undefined> {
  let commit = commits.get(dir);
  if (!commit) commits.set(dir, (commit = revParseHead(dir)));
  return commit;
}

async function revParseHead(dir: string): Promise<string | undefined> {
  try {
    // Loaded here: only builds ask for a commit, and node:child_process costs every start ~10 ms.
    const { execFile } = await import('node:child_process');
    const { stdout } = await promisify(execFile)('git', ['-C', dir, 'rev-parse', 'HEAD'], { timeout: 10_000, maxBuffer: 64 * 1024 });
    const sha = stdout.trim();
    return SHA.test(sha) ? sha : undefined;
  } catch {
    return undefined;
  }
}

/** COMMIT_SHA, else the build context's checked-out commit; undefined when neither is known. */
export async function builtCommit(config: Pick<Config, 'commitTag' | 'build'>): Promise<string | undefined> {
  return config.commitTag || (await checkedOutCommit(config.build.context));
}

/**
 * The commit tag to publish: COMMIT_SHA when set; else, on GitHub Actions (GITHUB_SHA set, the
 * bash's guard), the build context's checked-out commit. Undefined: no commit tag, and `why` says so.
 */
export async function commitTagToPublish(
  config: Pick<Config, 'commitTag' | 'githubSha' | 'build'>,
): Promise<{ tag?: string; why?: string }> {
  if (config.commitTag) return { tag: config.commitTag };
  if (!config.githubSha) return {};
  const sha = await checkedOutCommit(config.build.context);
  if (sha) return { tag: sha };
  return {
    why: `GITHUB_SHA is set but ${config.build.context} is not a git checkout and COMMIT_SHA is not set: no commit tag is published`,
  };
}

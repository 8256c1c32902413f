/**
 * Which run produces a wait's images, from the configuration and the event that started the job:
 * `--producer-run-id` outright; else a `workflow_run` event's triggering run; else the newest run
 * of `--producer WORKFLOW` for the images' commit (COMMIT_SHA, else a pull request's head commit
 * from the event payload, else GITHUB_SHA).
 */
import type { Config } from '../../config/load.ts';
import { ConfigError } from '../../support/errors.ts';
import { readEventFacts, workflowRef } from '../../github/runs.ts';
import type { ProducerTarget } from './producer-watch.ts';

/** What the flags of a wait say about its producer (each overrides its variable). */
export interface ProducerOverrides {
  readonly producer?: string;
  readonly producerRunId?: string;
  readonly graceSeconds?: number;
}

export type ProducerChoice =
  | { readonly kind: 'none' }
  | { readonly kind: 'unwatchable'; readonly reason: string }
  | { readonly kind: 'target'; readonly target: ProducerTarget; readonly graceSeconds: number; readonly apiIntervalSeconds: number };

export function producerChoice(config: Config, overrides: ProducerOverrides = {}): ProducerChoice {
  const settings = config.producer;
  const workflow = overrides.producer ?? settings.workflow;
  const runIdText = overrides.producerRunId ?? settings.runId;
  if (runIdText && !/^\d{1,20}$/.test(runIdText))
    throw ConfigError.invalid('--producer-run-id', runIdText, 'expected a workflow run id (digits)');
  const event = readEventFacts(settings.eventPath || undefined, settings.eventName || undefined);
  const base = { repository: config.githubRepository };
  let target: ProducerTarget | undefined;
  if (runIdText) {
    target = { ...base, runId: Number(runIdText), namedBy: `--producer-run-id ${runIdText}` };
  } else if (event.workflowRunId !== undefined) {
    target = { ...base, runId: event.workflowRunId, namedBy: 'the workflow_run event' };
  } else if (workflow) {
    const headSha = config.commitTag || event.pullRequestHeadSha || config.githubSha;
    if (!headSha) {
      return {
        kind: 'unwatchable',
        reason: `--producer ${workflow}: no commit to look its runs up by (COMMIT_SHA and GITHUB_SHA are unset)`,
      };
    }
    target = { ...base, workflow: workflowRef(workflow), headSha, namedBy: workflow };
  }
  if (!target) return { kind: 'none' };
  if (!config.githubToken)
    return { kind: 'unwatchable', reason: `GITHUB_TOKEN is not set, so the producer run (${target.namedBy}) cannot be read` };
  return {
    kind: 'target',
    target,
    graceSeconds: overrides.graceSeconds ?? settings.graceSeconds,
    apiIntervalSeconds: settings.apiIntervalSeconds,
  };
}

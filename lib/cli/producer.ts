/**
 * The producer watch of a wait, built here with its GitHub client (every client is built in
 * lib/cli): from the configuration, the event and the wait's flags; undefined when no producer is
 * named, or when it cannot be watched (then one warning line, and the wait polls as before).
 */
import { GithubApi } from '../github/api.ts';
import { ProducerWatch } from '../commands/wait/producer-watch.ts';
import { producerChoice } from '../commands/wait/producer-target.ts';
import type { WaitRequest } from '../commands/wait/index.ts';
import { GITHUB_WATCH_RETRY } from '../support/retry.ts';
import type { Session } from './setup.ts';

/** Per API request of the watch: a stalled answer must not hold it longer than a few rounds. */
const WATCH_REQUEST_TIMEOUT_MS = 10_000;

export function producerWatch(session: Session, request: Pick<WaitRequest, 'producer' | 'heartbeatSeconds'>): ProducerWatch | undefined {
  const { config } = session;
  const choice = producerChoice(config, request.producer);
  if (choice.kind === 'none') return undefined;
  if (choice.kind === 'unwatchable') {
    session.log(`warning: cannot watch the producer run (${choice.reason}); waiting for the images in the registry only, as without it`);
    return undefined;
  }
  const api = new GithubApi({
    apiUrl: config.githubApiUrl,
    token: config.githubToken,
    agentSuffix: 'wait',
    retry: GITHUB_WATCH_RETRY,
    timeoutMs: WATCH_REQUEST_TIMEOUT_MS,
  });
  return new ProducerWatch({
    api,
    target: choice.target,
    intervalMs: choice.apiIntervalSeconds * 1000,
    graceMs: choice.graceSeconds * 1000,
    heartbeatMs: request.heartbeatSeconds * 1000,
    log: session.log,
  });
}

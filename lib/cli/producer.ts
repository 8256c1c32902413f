/**
 * The producer watch of a wait, with its GitHub client (clients.ts): from the configuration, the
 * event and the wait's flags; undefined when no producer is named, or when it cannot be watched
 * (then one warning line, and the wait polls as before).
 */
import { ProducerWatch } from '../commands/wait/producer-watch.ts';
import { producerChoice } from '../commands/wait/producer-target.ts';
import type { WaitRequest } from '../commands/wait/index.ts';
import { githubWatchClient } from './clients.ts';
import type { Session } from './setup.ts';

export function producerWatch(session: Session, request: Pick<WaitRequest, 'producer' | 'heartbeatSeconds'>): ProducerWatch | undefined {
  const { config } = session;
  const choice = producerChoice(config, request.producer);
  if (choice.kind === 'none') return undefined;
  if (choice.kind === 'unwatchable') {
    session.log(`warning: cannot watch the producer run (${choice.reason}); waiting for the images in the registry only, as without it`);
    return undefined;
  }
  const api = githubWatchClient(config);
  return new ProducerWatch({
    api,
    target: choice.target,
    intervalMs: choice.apiIntervalSeconds * 1000,
    graceMs: choice.graceSeconds * 1000,
    heartbeatMs: request.heartbeatSeconds * 1000,
    log: session.log,
  });
}

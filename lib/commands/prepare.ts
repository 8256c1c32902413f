/**
 * Prepare the CI or PROD image for a job (spec §3.3, §3.4, §5b): either wait for the image in the
 * GitHub registry, pull it and tag it with the local DockerHub-style name the rest of CI uses, or
 * build it with BuildKit and the registry cache.
 */
import { imageKinds, localImage, type ImageKind } from '../images.ts';
import { type Config } from '../config/load.ts';

import { dockerReference, GITHUB_REGISTRIES, type GithubRegistry } from '../hosts.ts';
import { type DockerRunner } from '../docker/runner.ts';

import { parseReference, type RegistryClient } from '../registry/index.ts';
import { CiImagesError } from '../support/errors.ts';

import { waitForImages, waitingMode, waitTargets, type WaitTarget } from './wait/index.ts';
import { loginToRegistry } from './registry-login.ts';

import { buildImage, tagExtra } from './prepare-build.ts';
import type { PreparedImage, PrepareOptions, PrepareResult } from './prepare-types.ts';
export type * from './prepare-types.ts';
export { buildImage } from './prepare-build.ts';

export async function prepareImage(
  config: Config,
  docker: DockerRunner,
  client: RegistryClient,
  options: PrepareOptions,
): Promise<PrepareResult> {
  return waitingMode(config) ? pullWhenReady(config, docker, client, options) : buildImage(config, docker, options, client);
}

/**
 * Wait (bounded) for the image(s) at the pull tag in GITHUB_REGISTRY (the registry the wait job
 * detected), pull them and tag them with the local names only: no bare-name `:latest` tag (§6.9).
 */
export async function pullWhenReady(
  config: Config,
  docker: DockerRunner,
  client: RegistryClient,
  options: PrepareOptions,
): Promise<PrepareResult> {
  const registry = config.githubRegistry;
  const targets = waitTargets(config, imageKinds(config, options.image), [options.python]);
  await loginToRegistry(docker, config, registry, options.log);
  const found = new Map<ImageKind, string>();
  if (options.dryRun) {
    for (const t of targets) {
      options.log(
        `[dry-run] wait up to ${options.timeoutSeconds}s (poll every ${config.pollIntervalSeconds}s) for ${t.candidates[registry]}`,
      );
    }
  } else {
    const result = await waitForImages(client, targets, {
      timeoutMs: options.timeoutSeconds * 1000,
      pollIntervalSeconds: config.pollIntervalSeconds,
      registries: [registry],
      onEvent: options.onEvent,
    });
    for (const image of result.images) found.set(image.target.kind, image.digest);
  }
  return pullAndTag(config, docker, targets, registry, options.python, found);
}

/**
 * A CI run's image on a developer's machine (the old `breeze --github-image-id`): the image tagged
 * RUN_ID in whichever GitHub registry holds it (one check each, no waiting), pulled and tagged with
 * the local name. Missing everywhere: an error within seconds naming what was looked for.
 */
export async function pullRunImage(
  config: Config,
  docker: DockerRunner,
  client: RegistryClient,
  options: Omit<PrepareOptions, 'timeoutSeconds' | 'onEvent'> & { readonly runId: string },
): Promise<PrepareResult> {
  const targets = waitTargets(config, imageKinds(config, options.image), [options.python], options.runId);
  const found = new Map<ImageKind, string>();
  let registry: GithubRegistry | undefined;
  let failure: unknown;
  /** Registries that answered (without the image): a refusal elsewhere then does not hide a wrong run id. */
  const answered: GithubRegistry[] = [];
  if (options.dryRun) {
    registry = config.githubRegistry;
    options.log(
      `[dry-run] look for ${targets.map((t) => t.candidates[config.githubRegistry]).join(', ')} (and in ${GITHUB_REGISTRIES.filter((r) => r !== registry).join(', ')})`,
    );
  }
  for (const candidate of options.dryRun ? [] : GITHUB_REGISTRIES) {
    try {
      const digests = await Promise.all(targets.map((t) => client.manifestDigest(parseReference(t.candidates[candidate]))));
      if (digests.every((d) => d !== undefined)) {
        targets.forEach((t, i) => found.set(t.kind, digests[i]!));
        registry = candidate;
        break;
      }
      answered.push(candidate);
    } catch (error) {
      failure ??= error;
    }
  }
  if (!registry) {
    if (failure && answered.length === 0) throw failure;
    const looked = targets.flatMap((t) => GITHUB_REGISTRIES.map((r) => t.candidates[r]));
    const other = failure ? `; the other registry could not be asked (${(failure as Error).message})` : '';
    throw new CiImagesError(
      `run ${options.runId}: no image in ${answered.join(' or ')} (looked for ${looked.join(', ')}); is the run id right, and did its build job push?${other}`,
    );
  }
  await loginToRegistry(docker, config, registry, options.log);
  return pullAndTag(config, docker, targets, registry, options.python, found);
}

/** `docker pull` each image from `registry` and tag it with its local name only (no bare `:latest`, §6.9). */
async function pullAndTag(
  config: Config,
  docker: DockerRunner,
  targets: readonly WaitTarget[],
  registry: GithubRegistry,
  python: string,
  found: ReadonlyMap<ImageKind, string>,
): Promise<PrepareResult> {
  const images: PreparedImage[] = [];
  for (const t of targets) {
    const source = t.candidates[registry];
    const pulled = dockerReference(config, source);
    const local = localImage(config, t.kind, python);
    await docker.pull(pulled);
    await docker.tag(pulled, local);
    images.push({ kind: t.kind, localImage: local, source, digest: found.get(t.kind) });
  }
  await tagExtra(config, docker, images[0].localImage);
  return { mode: 'wait', registry, images };
}

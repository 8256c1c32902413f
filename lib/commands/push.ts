/**
 * Publish the prepared image (spec §3.5, §3.6): `docker tag` + `docker push` (retried with
 * backoff) to GITHUB_REGISTRY under the push tag, plus the commit tag when GITHUB_SHA is set, or
 * to DockerHub under the local names; and two daemonless operations through the registry client:
 * promote (one manifest PUT re-tags an image already in the registry) and copy (between
 * registries, blobs mounted or streamed, digests kept).
 */
import { CiImagesError, ConfigError } from '../support/errors.ts';
import { githubImage, imageKinds, isOptionalKind, localImage, type ImageChoice, type ImageKind } from '../images.ts';
import type { Config } from '../config/load.ts';
import { dockerReference, isGithubRegistry } from '../hosts.ts';
import { pushedDigest, type DockerRunner } from '../docker/runner.ts';
import { copyImage, isNotFound, parseReference, retagImage, type RegistryClient } from '../registry/index.ts';
import { artifactKind } from '../oci/referrers.ts';
import { loginToRegistry } from './registry-login.ts';
import type { Writer } from '../support/writer.ts';
import { commitTagToPublish } from './commit.ts';
import { promotePreparedIndex } from './push-index.ts';

export interface PushedImage {
  readonly kind: ImageKind;
  /** The public reference (what other jobs and people use), e.g. `ghcr.io/…-ci-v2:latest`. */
  readonly imageReference: string;
  /** The manifest digest, when known (never in dry-run). */
  readonly imageDigest?: string;
  /** copy: what was carried with the image (signatures, SBOMs, attestations), each by digest with its kind. */
  readonly referrers?: readonly {
    readonly digest: string;
    readonly artifactType?: string;
    readonly kind: string;
    readonly foundBy: string;
  }[];
}

export interface PushResult {
  readonly mode: 'push' | 'promote' | 'copy';
  readonly registry: string;
  readonly images: readonly PushedImage[];
}

export interface PushOptions {
  readonly image: ImageChoice;
  readonly python: string;
  readonly dryRun: boolean;
  readonly log: Writer;
}

/**
 * Tags to publish for one image: the push tag, plus the commit tag when one is known
 * (commit.ts: COMMIT_SHA, else on Actions the build context's checked-out commit, never GITHUB_SHA).
 * The `-build` segment image gets the push tag only, as in the original.
 */
export function publishTags(config: Config, kind: ImageKind, commitTag: string | undefined): string[] {
  const tags = [config.pushImageTag];
  if (!isOptionalKind(kind) && commitTag && commitTag !== config.pushImageTag) tags.push(commitTag);
  return tags;
}

/**
 * A kind a build may not make (`-build`) whose source is not in the registry: said in one line,
 * and skipped by promote and copy. A dry run plans it (nothing is asked of the registry).
 */
async function optionalAndMissing(
  client: RegistryClient,
  kind: ImageKind,
  source: string,
  options: PushOptions,
  verb: string,
): Promise<boolean> {
  if (options.dryRun || !isOptionalKind(kind) || (await client.exists(parseReference(source)))) return false;
  options.log(`No ${source}: the build made no ${kind} image; not ${verb}`);
  return true;
}

/** The commit tag for this run; says once why there is none when GITHUB_SHA suggested one. */
async function commitTagFor(config: Config, log: Writer): Promise<string | undefined> {
  const { tag, why } = await commitTagToPublish(config);
  if (why) log(why);
  return tag;
}

/**
 * Push with docker: to GITHUB_REGISTRY when USE_GITHUB_REGISTRY=true, else the local names to
 * DockerHub. With several BUILD_PLATFORMs the image is the index prepare pushed: promoted in the
 * registry (push-index.ts), never re-tagged from the daemon; that needs `client`.
 */
export async function pushImages(config: Config, docker: DockerRunner, options: PushOptions, client?: RegistryClient): Promise<PushResult> {
  const platforms = (config.build.platform ?? '').split(',').filter(Boolean);
  if (platforms.length > 1) {
    if (!client) throw new CiImagesError(`BUILD_PLATFORM=${platforms.join(',')}: pushing a multi-platform image needs the registry client`);
    return pushPreparedIndex(config, client, options, platforms);
  }
  const kinds: ImageKind[] = [];
  for (const kind of imageKinds(config, options.image, 'publish')) {
    const local = localImage(config, kind, options.python);
    // A dry run plans the push (nothing is asked of the daemon).
    if (isOptionalKind(kind) && !options.dryRun && !(await docker.imageExists(local))) {
      options.log(`No local ${local}: this build made no ${kind} image (e.g. a BuildKit build with the registry cache); not pushed`);
      continue;
    }
    kinds.push(kind);
  }
  const images: PushedImage[] = [];
  if (!config.useGithubRegistry) {
    // DockerHub: the local names as they are; credentials come from an earlier `docker login`.
    for (const kind of kinds) {
      const local = localImage(config, kind, options.python);
      const pushed = await docker.push(local);
      images.push({ kind, imageReference: local, imageDigest: pushedDigest(pushed.stdout) });
    }
    return { mode: 'push', registry: 'docker.io', images };
  }
  const registry = config.githubRegistry;
  const commitTag = await commitTagFor(config, options.log);
  await loginToRegistry(docker, config, registry, options.log);
  for (const kind of kinds) {
    const local = localImage(config, kind, options.python);
    for (const tag of publishTags(config, kind, commitTag)) {
      const reference = githubImage(config, registry, kind, options.python, tag);
      const target = dockerReference(config, reference);
      await docker.tag(local, target);
      const pushed = await docker.push(target);
      images.push({ kind, imageReference: reference, imageDigest: pushedDigest(pushed.stdout) });
    }
  }
  return { mode: 'push', registry, images };
}

/**
 * Several BUILD_PLATFORMs: prepare pushed the index under the push tag (and the commit tag) in
 * GITHUB_REGISTRY, or to the local DockerHub name with USE_GITHUB_REGISTRY=false. Each publish
 * tag is made to name that index, by digest; a missing or single-platform image is an error.
 */
async function pushPreparedIndex(
  config: Config,
  client: RegistryClient,
  options: PushOptions,
  platforms: readonly string[],
): Promise<PushResult> {
  const images: PushedImage[] = [];
  const commitTag = config.useGithubRegistry ? await commitTagFor(config, options.log) : undefined;
  // The -build image of a BuildKit build does not exist (mode=max caches that stage instead).
  for (const kind of imageKinds(config, options.image, 'publish').filter((k) => !isOptionalKind(k))) {
    const local = localImage(config, kind, options.python);
    const references = config.useGithubRegistry
      ? publishTags(config, kind, commitTag).map((tag) => githubImage(config, config.githubRegistry, kind, options.python, tag))
      : [local];
    const promoted = await promotePreparedIndex(
      client,
      references[0],
      references.map((r) => parseReference(r).tag!),
      platforms,
      options,
    );
    for (const reference of references) images.push({ kind, imageReference: reference, imageDigest: promoted?.digest });
  }
  return { mode: 'push', registry: config.useGithubRegistry ? config.githubRegistry : 'docker.io', images };
}

/**
 * Re-tag images already in GITHUB_REGISTRY (e.g. the run-id image becomes `latest`): one GET and
 * one manifest PUT per tag, no blob moves, no docker.
 */
export async function promoteImages(
  config: Config,
  client: RegistryClient,
  options: PushOptions & { fromTag: string },
): Promise<PushResult> {
  const registry = config.githubRegistry;
  const commitTag = await commitTagFor(config, options.log);
  const images: PushedImage[] = [];
  for (const kind of imageKinds(config, options.image, 'publish')) {
    const source = githubImage(config, registry, kind, options.python, options.fromTag);
    if (await optionalAndMissing(client, kind, source, options, 'promoted')) continue;
    for (const tag of publishTags(config, kind, commitTag)) {
      const reference = githubImage(config, registry, kind, options.python, tag);
      const line = `PUT manifest ${reference} (from :${options.fromTag})`;
      if (options.dryRun) {
        options.log(`[dry-run] ${line}`);
        images.push({ kind, imageReference: reference });
        continue;
      }
      options.log(line);
      const digest = await missingAsError(source, () => retagImage(client, parseReference(source), tag));
      images.push({ kind, imageReference: reference, imageDigest: digest });
    }
  }
  return { mode: 'promote', registry, images };
}

/**
 * The same image in another registry, under that registry's naming scheme (spec §2b) for the two
 * GitHub registries, else the source's repository path under the new host.
 */
export function copyTarget(config: Config, source: string, host: string, kind: ImageKind, python: string, tag: string): string {
  if (isGithubRegistry(host)) return githubImage(config, host, kind, python, tag);
  return `${host}/${parseReference(source).repository}:${tag}`;
}

/** Copy the push-tag image(s) from GITHUB_REGISTRY to `copyTo` through the client; digests are kept. */
export async function copyImages(config: Config, client: RegistryClient, options: PushOptions & { copyTo: string }): Promise<PushResult> {
  const registry = config.githubRegistry;
  if (options.copyTo === registry) {
    throw new ConfigError(
      '--copy-to',
      `--copy-to ${options.copyTo} is GITHUB_REGISTRY itself: name the other registry (use --promote to re-tag in place)`,
    );
  }
  const commitTag = await commitTagFor(config, options.log);
  const images: PushedImage[] = [];
  for (const kind of imageKinds(config, options.image, 'publish')) {
    const [tag, ...extraTags] = publishTags(config, kind, commitTag);
    const source = githubImage(config, registry, kind, options.python, tag);
    if (await optionalAndMissing(client, kind, source, options, 'copied')) continue;
    const target = copyTarget(config, source, options.copyTo, kind, options.python, tag);
    const line = `copy ${source} -> ${target} (blobs mounted or streamed, referrers carried, manifest PUT last)`;
    let digest: string | undefined;
    let carried: PushedImage['referrers'];
    if (options.dryRun) {
      options.log(`[dry-run] ${line}`);
    } else {
      options.log(line);
      const copied = await missingAsError(source, () => copyImage(client, parseReference(source), parseReference(target)));
      const { skipped, mounted, streamed } = copied.blobs;
      carried = copied.referrers.referrers.map((r) => ({
        digest: r.digest,
        artifactType: r.artifactType,
        kind: artifactKind(r.artifactType),
        foundBy: r.foundBy,
      }));
      const withReferrers = carried.length ? `; ${carried.length} referrer(s): ${carried.map((r) => r.kind).join(', ')}` : '';
      options.log(
        `copied ${target} ${copied.digest}: ${streamed} blob(s) streamed (${copied.bytesStreamed} bytes), ${mounted} mounted, ${skipped} already there${withReferrers}`,
      );
      digest = copied.digest;
    }
    images.push({ kind, imageReference: target, imageDigest: digest, ...(carried?.length ? { referrers: carried } : {}) });
    for (const extra of extraTags) {
      const reference = copyTarget(config, source, options.copyTo, kind, options.python, extra);
      const put = `PUT manifest ${reference} (from :${tag})`;
      if (options.dryRun) {
        options.log(`[dry-run] ${put}`);
        images.push({ kind, imageReference: reference });
        continue;
      }
      options.log(put);
      images.push({ kind, imageReference: reference, imageDigest: await retagImage(client, parseReference(target), extra) });
    }
  }
  return { mode: 'copy', registry: options.copyTo, images };
}

async function missingAsError<T>(source: string, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    if (isNotFound(error)) throw new CiImagesError(`${source} does not exist in the registry: ${(error as Error).message}`);
    throw error;
  }
}

/**
 * load --run-id N [--artifact NAME]: the image archive a workflow run uploaded as an artifact,
 * found through the REST API, downloaded (the token never follows the redirect to storage) and
 * taken out of its zip into a private temp dir; then loaded like any file.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../config/load.ts';
import { ArtifactError, ArtifactsClient, type Artifact } from '../github/artifacts.ts';
import { archiveFromZip } from '../archive/zip.ts';
import { neutralize } from '../support/network-text.ts';

/** The calls this needs (an ArtifactsClient fits). */
export interface RunArtifacts {
  list(runId: string, name?: string): Promise<Artifact[]>;
  download(artifact: Artifact, path: string, maxBytes: number): Promise<void>;
}

export const MAX_ARTIFACT_BYTES = 64 * 2 ** 30;

export function artifactsClient(config: Config): ArtifactsClient {
  return new ArtifactsClient({ apiUrl: config.githubApiUrl, token: config.githubToken, repository: config.githubRepository });
}

const shown = (name: string) => JSON.stringify(neutralize(name, 100));

/** The one artifact to load: by name, or the only one of the run. */
export async function chooseArtifact(client: RunArtifacts, runId: string, name: string | undefined): Promise<Artifact> {
  const found = await client.list(runId, name);
  if (found.length === 0) {
    const all = name ? await client.list(runId) : [];
    const names = all
      .map((a) => shown(a.name))
      .slice(0, 20)
      .join(', ');
    throw new ArtifactError(
      name
        ? `run ${runId} has no artifact named ${shown(name)} (it has ${names || 'none'}); check --artifact`
        : `run ${runId} has no artifacts; did its save and upload-artifact steps run?`,
    );
  }
  const live = found.filter((a) => !a.expired);
  if (live.length === 0) {
    throw new ArtifactError(
      `artifact ${shown(found[0].name)} of run ${runId} has expired (past its retention days); re-run the workflow to make it again`,
    );
  }
  if (live.length > 1)
    throw new ArtifactError(
      `run ${runId} has ${live.length} artifacts (${live.map((a) => shown(a.name)).join(', ')}): name one with --artifact`,
    );
  return live[0];
}

/** Downloads the run's artifact and takes its archive out; `use` gets the file; the temp dir goes afterwards. */
export async function withRunArchive<T>(
  client: RunArtifacts,
  runId: string,
  name: string | undefined,
  log: ((line: string) => void) | undefined,
  use: (file: string) => Promise<T>,
): Promise<T> {
  const artifact = await chooseArtifact(client, runId, name);
  const dir = await mkdtemp(join(tmpdir(), 'ci-images-artifact-'));
  try {
    log?.(`downloading artifact ${shown(artifact.name)} of run ${runId} (${artifact.sizeInBytes} bytes)`);
    const zip = join(dir, 'artifact.zip');
    await client.download(artifact, zip, MAX_ARTIFACT_BYTES);
    const file = join(dir, 'image-archive');
    await archiveFromZip(zip, file, `artifact ${shown(artifact.name)}`, MAX_ARTIFACT_BYTES);
    return await use(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

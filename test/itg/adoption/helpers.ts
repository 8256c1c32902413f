/** Shared by the adoption suites: run a process with a controlled environment; push sample images. */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { RegistryClient } from '../../../lib/registry/client.ts';
import { parseReference } from '../../../lib/oci/reference.ts';
import { makeTestImage, pushSampleImage } from '../../../testing/sample-image.ts';
import type { RegistryServer } from '../../../testing/registry.ts';

export const ROOT = resolve(import.meta.dirname, '../../..');

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function run(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: Record<string, string | undefined>; timeoutMs?: number },
): Promise<Run> {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  return new Promise((done, fail) => {
    child.on('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

/** Pushes a small image under each public reference (ghcr.io/…), through the endpoint mapping. */
export async function pushImages(registry: RegistryServer, references: readonly string[]): Promise<void> {
  const client = new RegistryClient({
    endpoints: new Map([
      ['ghcr.io', registry.url],
      ['docker.pkg.github.com', registry.url],
    ]),
  });
  for (const reference of references) await pushSampleImage(client, makeTestImage({ layers: 1 }), parseReference(reference));
}

/** The wait's references for ghcr.io, from the dry run's --json envelope (`result: {images: [{candidates: [ghcr, pkg]}]}`). */
export function ghcrCandidates(dryRunJson: string): string[] {
  const doc = (JSON.parse(dryRunJson) as { result: { images: { candidates: string[] }[] } }).result;
  return doc.images.map((image) => image.candidates.find((c) => c.startsWith('ghcr.io/'))!);
}

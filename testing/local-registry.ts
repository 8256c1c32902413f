/**
 * A throwaway local registry: Debian's `docker-registry` (CNCF distribution) on 127.0.0.1 with a
 * free port and a temp storage dir, deletes enabled. Used by the demo, the benchmarks and the tests.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { collectOutput, freePort, startProcess, stopProcess, waitForHttp } from './processes.ts';

export interface LocalRegistry {
  /** `127.0.0.1:PORT` */
  readonly host: string;
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  readonly dir: string;
  readonly storageDir: string;
  logs(): string;
  stop(): Promise<void>;
}

export interface LocalRegistryOptions {
  /** The `auth:` section of the registry configuration, if any. */
  readonly auth?: Record<string, unknown>;
  /** A directory for config and storage (removed on stop); a temp dir by default. */
  readonly dir?: string;
  readonly onStop?: () => Promise<void>;
}

export function registryBinaryAvailable(): boolean {
  try {
    execFileSync('docker-registry', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export const INSTALL_HINT = 'the docker-registry binary is missing: install it with `sudo apt-get install docker-registry` (Debian/Ubuntu)';

function yaml(lines: Record<string, unknown>, indent = ''): string {
  return Object.entries(lines)
    .map(([key, value]) =>
      typeof value === 'object' && value !== null
        ? `${indent}${key}:\n${yaml(value as Record<string, unknown>, indent + '  ')}`
        : `${indent}${key}: ${JSON.stringify(value)}\n`,
    )
    .join('');
}

export async function startLocalRegistry(options: LocalRegistryOptions = {}): Promise<LocalRegistry> {
  if (!registryBinaryAvailable()) throw new Error(INSTALL_HINT);
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'ci-images-registry-'));
  const storageDir = join(dir, 'storage');
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const config = {
      version: 0.1,
      log: { level: 'error', accesslog: { disabled: true } },
      storage: {
        filesystem: { rootdirectory: storageDir },
        delete: { enabled: true },
        maintenance: { uploadpurging: { enabled: false } },
      },
      http: { addr: `127.0.0.1:${port}`, secret: randomBytes(16).toString('hex') },
      ...(options.auth ? { auth: options.auth } : {}),
    };
    writeFileSync(join(dir, 'config.yml'), yaml(config));
    const child = startProcess('docker-registry', ['serve', join(dir, 'config.yml')]);
    const logs = collectOutput(child);
    try {
      await waitForHttp(`http://127.0.0.1:${port}/v2/`, child);
    } catch (error) {
      await stopProcess(child);
      if (attempt < 3) continue; // the free port was taken in between: try another
      await options.onStop?.();
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`docker-registry did not start: ${(error as Error).message}\n${logs()}`, { cause: error });
    }
    return {
      host: `127.0.0.1:${port}`,
      url: `http://127.0.0.1:${port}`,
      dir,
      storageDir,
      logs,
      async stop() {
        await stopProcess(child);
        await options.onStop?.();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
}

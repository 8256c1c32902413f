/**
 * Secrets audit for the reliability suite: recognisable fake tokens, a scanner that looks for them
 * (and their usual encodings) in anything a test captured, and a PATH shim that records the argv of
 * every `docker` / `skopeo` call a child process (or the test process itself) makes.
 *
 *   FAKE_GHCR_TOKEN, FAKE_PACKAGES_TOKEN, AUDIT_USER   the fake credentials every reliability test uses
 *   secretForms(token, user?)                           raw, base64, base64url, base64 of user:token, URL-encoded
 *   createAudit(label)                                  scans texts, counts what it scanned and the leaks found
 *   createCommandRecorder({ passthrough?, stdin? })     temp dir with `docker` and `skopeo` shims
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export const AUDIT_USER = 'ci-audit-bot';
/** CONTAINER_REGISTRY_TOKEN (ghcr.io) in every reliability test. */
export const FAKE_GHCR_TOKEN = 'ghcr-FAKE-audit-4c7e91d2b8a05f36';
/** GITHUB_TOKEN (docker.pkg.github.com) in every reliability test. */
export const FAKE_PACKAGES_TOKEN = 'ghp_FAKEauditPackages9b2d71e0c4f8a3';
export const FAKE_TOKENS = [FAKE_GHCR_TOKEN, FAKE_PACKAGES_TOKEN] as const;

/** Every form under which a token could leak: raw, base64 (std and url), base64 of user:token, URL-encoded. */
/**
 * The environment the reliability suites run every script in: waiting mode on ghcr.io, the fake
 * tokens, both registries and the GitHub API pointed at `endpoint` (a closed port or a stub).
 */
export function auditEnvironment(home: string, endpoint: string, waitTimeoutSeconds: string): Record<string, string> {
  return {
    HOME: home,
    CI_IMAGES_ENV_FILE: '/dev/null',
    USE_GITHUB_REGISTRY: 'true',
    GITHUB_REGISTRY_WAIT_FOR_IMAGE: 'true',
    GITHUB_REGISTRY: 'ghcr.io',
    GITHUB_REPOSITORY: 'apache/airflow',
    GITHUB_USERNAME: AUDIT_USER,
    GITHUB_TOKEN: FAKE_PACKAGES_TOKEN,
    CONTAINER_REGISTRY_TOKEN: FAKE_GHCR_TOKEN,
    CURRENT_PYTHON_MAJOR_MINOR_VERSIONS_AS_STRING: '3.8',
    PYTHON_MAJOR_MINOR_VERSION: '3.8',
    REGISTRY_ENDPOINTS: `ghcr.io=${endpoint},docker.pkg.github.com=${endpoint}`,
    GITHUB_API_URL: endpoint,
    WAIT_FOR_IMAGE_TIMEOUT: waitTimeoutSeconds,
    WAIT_FOR_IMAGE_POLL_INTERVAL: '0.1',
  };
}

export function secretForms(token: string, user: string = AUDIT_USER): string[] {
  const forms = new Set<string>([
    token,
    Buffer.from(token).toString('base64'),
    Buffer.from(token).toString('base64url'),
    Buffer.from(`${user}:${token}`).toString('base64'),
    Buffer.from(`${user}:${token}`).toString('base64url'),
    encodeURIComponent(token),
  ]);
  // base64 without its padding, as it may appear inside a longer encoded string
  for (const form of [...forms]) forms.add(form.replace(/=+$/, ''));
  return [...forms].filter((f) => f.length >= 8);
}

export const AUDITED_FORMS: readonly string[] = FAKE_TOKENS.flatMap((t) => secretForms(t));

/** The secret forms found in `text` (empty when it is clean). */
export function findSecrets(text: string, forms: readonly string[] = AUDITED_FORMS): string[] {
  return forms.filter((form) => text.includes(form));
}

export interface Leak {
  readonly where: string;
  readonly forms: readonly string[];
  readonly excerpt: string;
}

export interface Audit {
  readonly label: string;
  /** Number of texts scanned. */
  readonly scanned: number;
  /** Characters scanned. */
  readonly chars: number;
  readonly leaks: readonly Leak[];
  /** Scans a text (stdout, stderr, an error message, an argv...); records leaks, never throws. */
  check(where: string, text: string | undefined | null): void;
  /** Scans an error: message, String(), stack and cause chain. */
  checkError(where: string, error: unknown): void;
  /** Throws with the leaks listed when there is any (only those recorded after `since`, a former `leaks.length`). */
  assertClean(since?: number): void;
}

export function createAudit(label: string, forms: readonly string[] = AUDITED_FORMS): Audit {
  let scanned = 0;
  let chars = 0;
  const leaks: Leak[] = [];
  const audit: Audit = {
    label,
    get scanned() {
      return scanned;
    },
    get chars() {
      return chars;
    },
    leaks,
    check(where, text) {
      if (text === undefined || text === null) return;
      scanned++;
      chars += text.length;
      const found = findSecrets(text, forms);
      if (found.length > 0) {
        const at = text.indexOf(found[0]);
        leaks.push({ where, forms: found, excerpt: text.slice(Math.max(0, at - 80), at + found[0].length + 20) });
      }
    },
    checkError(where, error) {
      let current: unknown = error;
      for (let depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
        if (current instanceof Error) {
          audit.check(`${where} (message)`, current.message);
          audit.check(`${where} (stack)`, current.stack ?? '');
          current = (current as { cause?: unknown }).cause;
        } else {
          audit.check(where, String(current));
          break;
        }
      }
    },
    assertClean(since = 0) {
      const found = leaks.slice(since);
      if (found.length > 0) {
        throw new Error(
          `${label}: ${found.length} leaked secret(s):\n${found.map((l) => `  ${l.where}: ${JSON.stringify(l.excerpt)}`).join('\n')}`,
        );
      }
    },
  };
  return audit;
}

// ---- command recorder --------------------------------------------------------------------------

export interface RecordedCall {
  /** `docker` or `skopeo` */
  readonly command: string;
  readonly argv: readonly string[];
  /** What the call read on stdin, when the recorder captures it. */
  readonly stdin?: string;
}

export interface CommandRecorder {
  /** The directory holding the shims: put it first on PATH. */
  readonly dir: string;
  /** `PATH` with the shims first. */
  path(base?: string): string;
  /** Every call so far, in order. */
  calls(): RecordedCall[];
  cleanup(): void;
}

export interface RecorderOptions {
  /** Run the real binary after recording (skopeo for verifications); otherwise print a line and exit `exitCode`. */
  readonly passthrough?: boolean;
  /** Exit status of a non-passthrough call (default 1: "no command may run"). */
  readonly exitCode?: number;
  /** Capture stdin of `--password-stdin` calls (`docker login`), which also keeps the writer from EPIPE. */
  readonly captureStdin?: boolean;
  /** Text a non-passthrough call prints on stderr (e.g. to see how errors carrying it are redacted). */
  readonly stderr?: string;
  readonly commands?: readonly string[];
}

function realBinary(command: string, skip: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir || dir === skip) continue;
    const candidate = join(dir, command);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

const shq = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * Writes `docker` and `skopeo` shims into a temp dir: each call appends a record (command and argv,
 * NUL-separated, one file per call so concurrent calls never interleave) and then either execs the
 * real binary (passthrough) or exits with `exitCode`.
 */
export function createCommandRecorder(options: RecorderOptions = {}): CommandRecorder {
  const dir = mkdtempSync(join(tmpdir(), 'ci-images-recorder-'));
  const records = join(dir, 'records');
  mkdirSync(records);
  for (const command of options.commands ?? ['docker', 'skopeo']) {
    const real = options.passthrough ? realBinary(command, dir) : undefined;
    const lines = [
      '#!/bin/sh',
      `record=${shq(records)}/$(date +%s%N)-$$`,
      `{ printf '%s' ${shq(command)}; for a in "$@"; do printf '\\000%s' "$a"; done; } > "$record.argv"`,
    ];
    if (real) {
      lines.push(`exec ${shq(real)} "$@"`);
    } else {
      // Only `login --password-stdin` gets input; other calls may have a stdin nobody closes.
      if (options.captureStdin) lines.push(`case " $* " in *' --password-stdin '*) cat > "$record.stdin" ;; esac`);
      if (options.stderr) lines.push(`printf '%s\\n' ${shq(options.stderr)} >&2`);
      else lines.push(`echo ${shq(`${command}: recorded by the test, not run`)} >&2`);
      lines.push(`exit ${options.exitCode ?? 1}`);
    }
    writeFileSync(join(dir, command), lines.join('\n') + '\n');
    chmodSync(join(dir, command), 0o755);
  }
  return {
    dir,
    path: (base = process.env.PATH ?? '') => `${dir}${delimiter}${base}`,
    calls() {
      if (!existsSync(records)) return [];
      return readdirSync(records)
        .filter((f) => f.endsWith('.argv'))
        .sort()
        .map((f) => {
          const [command, ...argv] = readFileSync(join(records, f), 'utf8').split('\0');
          const stdinFile = join(records, f.replace(/\.argv$/, '.stdin'));
          return { command, argv, ...(existsSync(stdinFile) ? { stdin: readFileSync(stdinFile, 'utf8') } : {}) };
        });
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Figures line shared by the reliability files. */
export function leakFigure(audits: readonly Audit[]): string {
  const leaks = audits.reduce((n, a) => n + a.leaks.length, 0);
  const scanned = audits.reduce((n, a) => n + a.scanned, 0);
  return `leaked secrets=${leaks} (${scanned} texts scanned)`;
}

/**
 * The two stored-credential files, read once and never written: docker's `config.json` and
 * containers' `auth.json`. What each says for a host (or a repository) is decided in
 * docker-config.ts and auth-json.ts; this only reads and checks the shape.
 */
import { readFileSync } from 'node:fs';

export interface CredentialFile {
  readonly path: string;
  readonly auths: Readonly<Record<string, unknown>>;
  readonly credHelpers: Readonly<Record<string, string>>;
  readonly credsStore?: string;
}

export type FileRead =
  | { readonly kind: 'absent' }
  | { readonly kind: 'read'; readonly file: CredentialFile }
  | { readonly kind: 'invalid'; readonly reason: string };

/** A user's files are small; a larger one is not a credentials file. */
const FILE_CAP = 4 * 1024 * 1024;

export function readCredentialFile(path: string): FileRead {
  let text: string;
  try {
    const bytes = readFileSync(path);
    if (bytes.length > FILE_CAP) return { kind: 'invalid', reason: `${path} is larger than ${FILE_CAP} bytes: ignored` };
    text = bytes.toString('utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'absent' };
    return { kind: 'invalid', reason: `${path} cannot be read (${code ?? 'error'}): ignored` };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { kind: 'invalid', reason: `${path} is not valid JSON: ignored` };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    return { kind: 'invalid', reason: `${path} is not a JSON object: ignored` };
  const p = parsed as Record<string, unknown>;
  const auths = isObject(p.auths) ? p.auths : {};
  const credHelpers: Record<string, string> = {};
  if (isObject(p.credHelpers)) for (const [key, name] of Object.entries(p.credHelpers)) if (validHelperName(name)) credHelpers[key] = name;
  const credsStore = validHelperName(p.credsStore) ? p.credsStore : undefined;
  return { kind: 'read', file: { path, auths, credHelpers, ...(credsStore ? { credsStore } : {}) } };
}

/** A helper name becomes part of a program name: letters, digits, `-_.` only (no path). */
export function validHelperName(name: unknown): name is string {
  return typeof name === 'string' && /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(name);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

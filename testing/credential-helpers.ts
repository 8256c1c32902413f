/**
 * Credential helpers for tests: a directory (to put first on PATH) of `docker-credential-<name>`
 * programs, each the fixture testing/fixtures/credential-helper.mjs with one behaviour (good,
 * failing, hanging, garbage, huge), a store file of its own and a log of every call.
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type HelperBehaviour = 'good' | 'failing' | 'hanging' | 'garbage' | 'huge';

const PROGRAM = fileURLToPath(new URL('./fixtures/credential-helper.mjs', import.meta.url));

export interface HelperSecret {
  readonly Username: string;
  readonly Secret: string;
}

export interface CredentialHelpers {
  /** The directory holding the programs. */
  readonly dir: string;
  /** PATH with the directory first. */
  readonly path: string;
  /** The server URLs stored in a helper (what `store` wrote). */
  stored(name: string): Record<string, HelperSecret>;
  /** Every call to a helper: `get ghcr.io`, `store 127.0.0.1:5000`, … */
  calls(name: string): string[];
  remove(): void;
}

/** `helpers({ desktop: { behaviour: 'good', secrets: { 'ghcr.io': {...} } }, broken: { behaviour: 'failing' } })`. */
export function credentialHelpers(
  specs: Readonly<Record<string, { readonly behaviour: HelperBehaviour; readonly secrets?: Readonly<Record<string, HelperSecret>> }>>,
  basePath = process.env.PATH ?? '',
): CredentialHelpers {
  const dir = mkdtempSync(join(tmpdir(), 'ci-images-helpers-'));
  const file = (name: string, kind: string) => join(dir, `${name}.${kind}`);
  for (const [name, spec] of Object.entries(specs)) {
    if (spec.secrets) writeFileSync(file(name, 'store.json'), JSON.stringify(spec.secrets));
    writeFileSync(file(name, 'calls'), '');
    const program = join(dir, `docker-credential-${name}`);
    const args = [spec.behaviour, file(name, 'store.json'), file(name, 'calls')].map((a) => `'${a}'`).join(' ');
    writeFileSync(program, `#!/bin/sh\nexec '${process.execPath}' '${PROGRAM}' ${args} "$@"\n`);
    chmodSync(program, 0o755);
  }
  return {
    dir,
    path: [dir, basePath].filter(Boolean).join(delimiter),
    stored: (name) => (existsSync(file(name, 'store.json')) ? JSON.parse(readFileSync(file(name, 'store.json'), 'utf8')) : {}),
    calls: (name) => readFileSync(file(name, 'calls'), 'utf8').split('\n').filter(Boolean),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * The one credential chain, as a developer's machine keeps credentials (go-containerregistry's
 * default keychain, containers/image): the token variables first (the caller's lookup), then
 * docker's `config.json` (credHelpers[host] → credsStore → auths), then containers' `auth.json`
 * files in order (credHelpers[host], then the most specific `host/namespace/repo` key). The first
 * source that answers wins; every answer says where it came from.
 *
 * Bounded and loud: a helper is asked at most once per server URL per run; a helper or file that
 * fails is named in one notice line and the chain goes on (in the end anonymously).
 */
import { readCredentialFile, type CredentialFile, type FileRead } from './files.ts';
import { runCredentialHelper, type HelperOptions, type HelperResult } from './helper.ts';
import type { Credentials } from '../support/credentials.ts';
import { decodeAuthEntry, helperServerUrl, keyHost, type CredentialAnswer } from './types.ts';

export interface VariableAnswer {
  /** The variables looked at for the host (`CONTAINER_REGISTRY_TOKEN`), for "looked in". */
  readonly names: readonly string[];
  readonly answer?: CredentialAnswer;
}

export interface CredentialChainOptions {
  /** The token variables: they keep precedence over every file. */
  readonly variables?: (host: string) => VariableAnswer;
  /** docker's `config.json` (from $DOCKER_CONFIG or ~/.docker). */
  readonly dockerConfigPath?: string;
  /** containers' `auth.json` candidates, in order (REGISTRY_AUTH_FILE alone, else runtime then config dir). */
  readonly authFilePaths?: readonly string[];
  readonly helper?: HelperOptions;
  /** Called with each secret found (and its user) before it is used anywhere: masking and redaction. */
  readonly onSecret?: (secret: string, username: string) => void;
  /** Called with each notice line (a helper or file that failed). */
  readonly onNotice?: (line: string) => void;
  /** Tests: another way to run a helper. */
  readonly runHelper?: (name: string, serverUrl: string, options: HelperOptions) => Promise<HelperResult>;
}

export class CredentialChain {
  private readonly answers = new Map<string, Promise<CredentialAnswer | undefined>>();
  private readonly helperCalls = new Map<string, Promise<Credentials | undefined>>();
  private readonly files = new Map<string, CredentialFile | undefined>();
  private readonly noticesByHost = new Map<string, string[]>();
  private readonly printed = new Set<string>();
  /** The first answer per host, to say in a refusal whose credentials were refused. */
  private readonly found = new Map<string, CredentialAnswer>();

  constructor(private readonly options: CredentialChainOptions = {}) {}

  /** The credentials for a host (and repository, for auth.json's repository keys); memoized. */
  lookup(host: string, repository?: string): Promise<CredentialAnswer | undefined> {
    const normalized = keyHost(host);
    const key = `${normalized}/${repository ?? ''}`;
    let answer = this.answers.get(key);
    if (!answer) {
      answer = this.resolve(normalized, repository).then((found) => {
        if (found && !this.found.has(normalized)) this.found.set(normalized, found);
        return found;
      });
      this.answers.set(key, answer);
    }
    return answer;
  }

  /** Where the chain looks for a host, in order. */
  lookedIn(host: string): string[] {
    const names = this.options.variables?.(keyHost(host)).names ?? [];
    return [...names, ...(this.options.dockerConfigPath ? [this.options.dockerConfigPath] : []), ...(this.options.authFilePaths ?? [])];
  }

  /** The notice lines about a host (helpers that failed, files that could not be read). */
  notices(host: string): readonly string[] {
    return this.noticesByHost.get(keyHost(host)) ?? [];
  }

  /**
   * For an error message: "no credentials for HOST (looked in: …)" plus the notices, when the
   * chain was asked about the host and found nothing; undefined when it found something.
   */
  explainMissing(host: string): string | undefined {
    const normalized = keyHost(host);
    if (this.found.has(normalized)) return this.notices(normalized).join('; ') || undefined;
    return [
      `no credentials for ${normalized} (looked in: ${this.lookedIn(normalized).join(', ') || 'nothing'})`,
      ...this.notices(normalized),
    ].join('; ');
  }

  /**
   * For a refusal's message, every host asked about so far: whose credentials from where, or
   * "no credentials … (looked in: …)", with the notices. Never a secret.
   */
  explainAll(): string[] {
    const hosts = new Set([...this.answers.keys()].map((key) => key.slice(0, key.indexOf('/'))));
    return [...hosts]
      .map((host) => {
        const used = this.found.get(host);
        if (!used) return this.explainMissing(host);
        const who =
          used.credentials.username && used.credentials.username !== '<token>'
            ? `the credentials of ${used.credentials.username}`
            : 'a token';
        return [`${host}: ${who} from ${used.source}`, ...this.notices(host)].join('; ');
      })
      .filter((line): line is string => !!line);
  }

  private async resolve(host: string, repository: string | undefined): Promise<CredentialAnswer | undefined> {
    const fromVariables = this.options.variables?.(host).answer;
    if (fromVariables) return fromVariables;
    const docker = this.options.dockerConfigPath ? this.file(this.options.dockerConfigPath, host) : undefined;
    if (docker) {
      const answer = await this.fromDockerConfig(docker, host);
      if (answer) return answer;
    }
    for (const path of this.options.authFilePaths ?? []) {
      const file = this.file(path, host);
      const answer = file && (await this.fromAuthFile(file, host, repository));
      if (answer) return answer;
    }
    return undefined;
  }

  /** docker's order: credHelpers[host], else credsStore (final either way: docker ignores `auths` then), else auths. */
  private async fromDockerConfig(file: CredentialFile, host: string): Promise<CredentialAnswer | undefined> {
    const helperKey = Object.keys(file.credHelpers).find((key) => keyHost(key) === host);
    if (helperKey !== undefined)
      return this.fromHelper(file.credHelpers[helperKey], host, `credHelpers[${JSON.stringify(helperKey)}] in ${file.path}`);
    if (file.credsStore) return this.fromHelper(file.credsStore, host, `credsStore in ${file.path}`);
    const keys = Object.keys(file.auths).filter((key) => keyHost(key) === host);
    // The plain host key first, then URL forms, as docker's own lookup falls back to them.
    keys.sort((a, b) => Number(b.toLowerCase() === host) - Number(a.toLowerCase() === host));
    for (const key of keys) {
      const credentials = decodeAuthEntry(file.auths[key]);
      if (credentials) return this.answer(credentials, `${file.path} auths[${JSON.stringify(key)}]`);
    }
    return undefined;
  }

  /** containers/image's order in one file: credHelpers[host], then `host/ns/repo`, `host/ns`, …, `host`. */
  private async fromAuthFile(file: CredentialFile, host: string, repository: string | undefined): Promise<CredentialAnswer | undefined> {
    const helperKey = Object.keys(file.credHelpers).find((key) => keyHost(key) === host);
    if (helperKey !== undefined) {
      const answer = await this.fromHelper(file.credHelpers[helperKey], host, `credHelpers[${JSON.stringify(helperKey)}] in ${file.path}`);
      if (answer) return answer;
    }
    const byScope = new Map<string, string>();
    for (const key of Object.keys(file.auths)) byScope.set(authFileScope(key), key);
    const segments = (repository ?? '').split('/').filter(Boolean);
    for (let n = segments.length; n >= 0; n--) {
      const key = byScope.get([host, ...segments.slice(0, n)].join('/'));
      const credentials = key === undefined ? undefined : decodeAuthEntry(file.auths[key]);
      if (key !== undefined && credentials) return this.answer(credentials, `${file.path} auths[${JSON.stringify(key)}]`);
    }
    return undefined;
  }

  private async fromHelper(name: string, host: string, where: string): Promise<CredentialAnswer | undefined> {
    const serverUrl = helperServerUrl(host);
    const key = `${name}|${serverUrl}`;
    let call = this.helperCalls.get(key);
    if (!call) {
      call = (this.options.runHelper ?? runCredentialHelper)(name, serverUrl, this.options.helper ?? {}).then((result) => {
        if (result.kind === 'found') return result.credentials;
        if (result.kind === 'failed') this.notice(host, `credential helper docker-credential-${name} (${where}) ${result.reason}`);
        return undefined;
      });
      this.helperCalls.set(key, call);
    }
    const credentials = await call;
    return credentials && this.answer(credentials, `credential helper docker-credential-${name} (${where})`);
  }

  private answer(credentials: Credentials, source: string): CredentialAnswer {
    for (const secret of [credentials.password, credentials.identityToken, credentials.registryToken]) {
      if (secret) this.options.onSecret?.(secret, credentials.username);
    }
    return { credentials, source };
  }

  private file(path: string, host: string): CredentialFile | undefined {
    if (!this.files.has(path)) {
      const read: FileRead = readCredentialFile(path);
      if (read.kind === 'invalid') this.notice(host, read.reason);
      this.files.set(path, read.kind === 'read' ? read.file : undefined);
    }
    return this.files.get(path);
  }

  private notice(host: string, line: string): void {
    const list = this.noticesByHost.get(host) ?? [];
    list.push(line);
    this.noticesByHost.set(host, list);
    // The same helper failing for two hosts is one line in the log.
    if (!this.printed.has(line)) this.options.onNotice?.(line);
    this.printed.add(line);
  }
}

/** An auth.json key as `host[/path]`: legacy URL forms (`https://quay.io/v1/`) name the host only. */
function authFileScope(key: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(key)) return keyHost(key);
  const [host, ...rest] = key.trim().replace(/\/+$/, '').split('/');
  return [keyHost(host ?? ''), ...rest].join('/');
}

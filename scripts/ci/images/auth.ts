#!/usr/bin/env -S npx tsx
// Where did my credentials come from? For a registry host: which source answers (a token
// variable, a config.json / auth.json key, a credential helper) and the user, never the secret.
import { runScript } from '../../../lib/cli/main.ts';
import { splitPositionals } from '../../../lib/cli/positionals.ts';
import { setup } from '../../../lib/cli/setup.ts';
import { describeCredentials, parseHostArgument } from '../../../lib/commands/auth.ts';
import { credentialChain } from '../../../lib/hosts.ts';
import { reportAuth } from '../../../lib/report/auth.ts';
import { ConfigError } from '../../../lib/support/errors.ts';

const usage = `Usage: tsx scripts/ci/images/auth.ts HOST [--check] [--json]
  Says where the credentials for HOST (ghcr.io, docker.io, 127.0.0.1:5000) come from, in the
  order they are looked up: the token variables (CONTAINER_REGISTRY_TOKEN for ghcr.io,
  GITHUB_TOKEN for docker.pkg.github.com), docker's config.json (credHelpers, credsStore, auths;
  DOCKER_CONFIG or ~/.docker), containers' auth.json (REGISTRY_AUTH_FILE, else XDG_RUNTIME_DIR,
  else XDG_CONFIG_HOME). Prints the source and the user, never the secret.
  --check: one authenticated request to the registry. --timeout SECONDS (default 60).
  Exit: 0 answered (found or not; with --check: accepted), 2 bad input, 3 with --check: none found, or refused.`;

const flags = { check: { type: 'boolean' }, timeout: { type: 'string' } } as const;
const { flagArgs, positionals } = splitPositionals(process.argv.slice(2), flags);
await runScript(
  { name: 'auth', usage, flags, deadline: { defaultSeconds: 60 } },
  async (flags) => {
    const session = setup(flags);
    if (positionals.length > 1)
      throw new ConfigError('HOST', `auth takes one HOST, got ${positionals.length}: expected a registry host such as ghcr.io`);
    const host = parseHostArgument(positionals[0]);
    const result = await describeCredentials(credentialChain(session.config), host, {
      check: flags.check ? session.registryClient() : undefined,
    });
    return reportAuth(session, result);
  },
  flagArgs,
);

#!/usr/bin/env -S npx tsx
// Where did my credentials come from? For a registry host: which source answers (a token
// variable, a config.json / auth.json key, a credential helper) and the user, never the secret.
import { credentialChain } from '../../../lib/cli/clients.ts';
import { runScript } from '../../../lib/cli/main.ts';
import { splitPositionals } from '../../../lib/cli/positionals.ts';
import { setup } from '../../../lib/cli/setup.ts';
import { describeCredentials, parseHostArgument } from '../../../lib/commands/auth.ts';
import { reportAuth } from '../../../lib/report/auth.ts';
import { ConfigError } from '../../../lib/support/errors.ts';
import { USAGE } from '../../../lib/report/usage.ts';

const flags = { check: { type: 'boolean' }, timeout: { type: 'string' } } as const;
const { flagArgs, positionals } = splitPositionals(process.argv.slice(2), flags);
await runScript(
  { name: 'auth', usage: USAGE.auth, flags, deadline: { defaultSeconds: 60 } },
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

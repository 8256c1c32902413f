#!/usr/bin/env -S npx tsx
// `ci-images ls REPO`: a repository's tags, one a line, every page of tags/list followed. See --help.
import { runScript } from '../../../lib/cli/main.ts';
import { splitPositionals } from '../../../lib/cli/positionals.ts';
import { setup } from '../../../lib/cli/setup.ts';
import { repositoryArgument } from '../../../lib/commands/refs/arguments.ts';
import { listRepositoryTags } from '../../../lib/commands/refs/ls.ts';
import { reportTags } from '../../../lib/report/refs.ts';
import { REFS_USAGE } from '../../../lib/report/usage-refs.ts';

const flags = { timeout: { type: 'string' } } as const;
const { flagArgs, positionals } = splitPositionals(process.argv.slice(2), flags);
await runScript(
  { name: 'list-tags', usage: REFS_USAGE['list-tags'], flags, deadline: { defaultSeconds: 600 } },
  async (flags) => {
    const repo = repositoryArgument(positionals);
    const session = setup(flags);
    return reportTags(session, await listRepositoryTags(session.registryClient(), repo));
  },
  flagArgs,
);

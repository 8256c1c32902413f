#!/usr/bin/env -S npx tsx
// `ci-images ls REPO`: a repository's tags, one a line, every page of tags/list followed. See --help.
import { runScript } from '../../../lib/cli/main.ts';
import { splitPositionals } from '../../../lib/cli/positionals.ts';
import { setup } from '../../../lib/cli/setup.ts';
import { repositoryArgument } from '../../../lib/commands/refs/arguments.ts';
import { listRepositoryTags } from '../../../lib/commands/refs/ls.ts';
import { reportTags } from '../../../lib/report/refs.ts';

const usage = `Usage: ci-images ls REPO [--json]
  Prints the tags of REPO (host[:port]/name, no tag; alpine is docker.io/library/alpine), one a
  line, following the registry's pagination (Link: rel="next", on its own origin only).
  --timeout SECONDS: overall deadline (default 600). Exit: 0 listed, 1 no such repository, 2 bad input, 3 credentials refused.`;

const flags = { timeout: { type: 'string' } } as const;
const { flagArgs, positionals } = splitPositionals(process.argv.slice(2), flags);
await runScript({ name: 'list-tags', usage, flags, deadline: { defaultSeconds: 600 } }, async (flags) => {
  const repo = repositoryArgument(positionals);
  const session = setup(flags);
  return reportTags(session, await listRepositoryTags(session.registryClient(), repo));
}, flagArgs);

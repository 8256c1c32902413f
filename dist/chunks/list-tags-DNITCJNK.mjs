import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  repositoryArgument
} from "./chunk-VXN4QXSD.mjs";
import {
  REFS_USAGE,
  reportTags
} from "./chunk-TQ24HG6Q.mjs";
import {
  splitPositionals
} from "./chunk-NYO3MDSG.mjs";
import {
  isNotFound,
  runScript,
  setup
} from "./chunk-JLJ7XYPZ.mjs";
import {
  CiImagesError
} from "./chunk-SOHAMQ6P.mjs";
import "./chunk-MJ4GKCEB.mjs";
import "./chunk-QAO4AET5.mjs";

// lib/commands/refs/ls.ts
async function listRepositoryTags(client, repo) {
  const repository = `${repo.registry}/${repo.repository}`;
  let dropped = [];
  try {
    const tags = await client.listTags(repo, 100, { onDropped: (names) => dropped = names });
    return { repository, tags, dropped };
  } catch (error) {
    if (isNotFound(error)) throw new CiImagesError(`${repository} does not exist: ${error.message}`);
    throw error;
  }
}

// scripts/ci/images/list-tags.ts
var flags = { timeout: { type: "string" } };
var { flagArgs, positionals } = splitPositionals(process.argv.slice(2), flags);
await runScript(
  { name: "list-tags", usage: REFS_USAGE["list-tags"], flags, deadline: { defaultSeconds: 600 } },
  async (flags2) => {
    const session = setup(flags2);
    const repo = repositoryArgument(positionals);
    return reportTags(session, await listRepositoryTags(session.registryClient(), repo));
  },
  flagArgs
);

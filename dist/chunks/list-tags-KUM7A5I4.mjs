import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  repositoryArgument
} from "./chunk-YI3EKFMC.mjs";
import {
  REFS_USAGE,
  reportTags
} from "./chunk-CYALKPEO.mjs";
import {
  splitPositionals
} from "./chunk-NFGPORKN.mjs";
import {
  isNotFound,
  runScript,
  setup
} from "./chunk-G5RXXNCK.mjs";
import {
  CiImagesError
} from "./chunk-Q3VEEV6Q.mjs";
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

import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  splitPositionals
} from "./chunk-NFGPORKN.mjs";
import {
  USAGE
} from "./chunk-IKGP2OFM.mjs";
import {
  credentialChain,
  refusal,
  runScript,
  setup
} from "./chunk-G5RXXNCK.mjs";
import {
  ConfigError
} from "./chunk-Q3VEEV6Q.mjs";
import "./chunk-MJ4GKCEB.mjs";
import "./chunk-QAO4AET5.mjs";

// lib/commands/auth.ts
function parseHostArgument(value) {
  const accepted = "expected a registry host such as ghcr.io or 127.0.0.1:5000";
  if (!value) throw new ConfigError("HOST", `auth needs a registry HOST: ${accepted}`);
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::\d{1,5})?$/.test(value)) throw ConfigError.invalid("HOST", value, accepted);
  return value.toLowerCase();
}
async function describeCredentials(chain, host, options = {}) {
  const answer = await chain.lookup(host);
  const base = { host, lookedIn: chain.lookedIn(host) };
  const notices = () => chain.notices(host);
  if (!answer) {
    if (options.check) throw refusal(chain.explainMissing(host) ?? `no credentials for ${host}`);
    return { ...base, found: false, notices: notices() };
  }
  const { credentials } = answer;
  const kind = credentials.registryToken ? "registry token" : credentials.identityToken ? "identity token" : "password";
  const found = { ...base, found: true, source: answer.source, username: credentials.username || void 0, kind };
  if (!options.check) return { ...found, notices: notices() };
  await options.check.checkCredentials(host, options.signal);
  return { ...found, notices: notices(), accepted: true };
}

// lib/report/auth.ts
function authLines(result) {
  const lines = [];
  if (!result.found) lines.push(`no credentials for ${result.host} (looked in: ${result.lookedIn.join(", ") || "nothing"})`);
  else {
    const who = result.username ? `user ${result.username}` : `an ${result.kind}`;
    lines.push(`${result.host}: ${who} from ${result.source}${result.kind !== "password" && result.username ? ` (${result.kind})` : ""}`);
  }
  for (const notice of result.notices) lines.push(`warning: ${notice}`);
  if (result.accepted) lines.push(`${result.host} accepted them`);
  return lines;
}
function reportAuth(session, result) {
  session.result(result);
  if (!session.json) for (const line of authLines(result)) session.out(line);
  return 0;
}

// scripts/ci/images/auth.ts
var flags = { check: { type: "boolean" }, timeout: { type: "string" } };
var { flagArgs, positionals } = splitPositionals(process.argv.slice(2), flags);
await runScript(
  { name: "auth", usage: USAGE.auth, flags, deadline: { defaultSeconds: 60 } },
  async (flags2) => {
    const session = setup(flags2);
    if (positionals.length > 1)
      throw new ConfigError("HOST", `auth takes one HOST, got ${positionals.length}: expected a registry host such as ghcr.io`);
    const host = parseHostArgument(positionals[0]);
    const result = await describeCredentials(credentialChain(session.config), host, {
      check: flags2.check ? session.registryClient() : void 0
    });
    return reportAuth(session, result);
  },
  flagArgs
);

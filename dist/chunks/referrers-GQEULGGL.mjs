import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  splitPositionals
} from "./chunk-NFGPORKN.mjs";
import {
  USAGE
} from "./chunk-IKGP2OFM.mjs";
import {
  artifactKind,
  isMediaType,
  runScript,
  setup
} from "./chunk-G5RXXNCK.mjs";
import {
  CiImagesError,
  ConfigError,
  HOST,
  HOST_ACCEPTED,
  formatReference,
  parseReference
} from "./chunk-Q3VEEV6Q.mjs";
import "./chunk-MJ4GKCEB.mjs";
import "./chunk-QAO4AET5.mjs";

// lib/commands/referrers.ts
function parseReferrersRequest(positionals2, artifactType, depth) {
  if (positionals2.length !== 1) {
    throw new ConfigError("REF", `REF: referrers takes one image reference (HOST/NAME[:TAG][@sha256:…]), ${positionals2.length} given`);
  }
  let reference;
  try {
    reference = parseReference(positionals2[0]);
  } catch (error) {
    throw new ConfigError("REF", `REF: ${error.message}`);
  }
  if (!HOST.test(reference.registry)) throw ConfigError.invalid("REF", positionals2[0], `${HOST_ACCEPTED} before the first /`);
  if (artifactType !== void 0 && !isMediaType(artifactType)) {
    throw ConfigError.invalid("--artifact-type", artifactType, "a media type, e.g. application/vnd.dev.cosign.simplesigning.v1+json");
  }
  if (depth !== void 0 && !/^[1-8]$/.test(depth)) throw ConfigError.invalid("--depth", depth, "a number from 1 to 8");
  return { reference, artifactType, depth: depth === void 0 ? void 0 : Number(depth) };
}
async function listReferrers(client, request, signal) {
  const { reference } = request;
  const digest = reference.digest ?? await client.manifestDigest(reference, signal);
  if (!digest) throw new CiImagesError(`${formatReference(reference)}: no such image`);
  const listing = await client.referrers(reference, digest, { artifactType: request.artifactType, depth: request.depth, signal });
  return {
    reference: formatReference({ registry: reference.registry, repository: reference.repository, digest }),
    digest,
    api: listing.api,
    referrers: listing.referrers,
    dropped: listing.dropped
  };
}

// lib/report/referrers.ts
function reportReferrers(session, result) {
  if (session.json) {
    session.result({ ...result, kinds: result.referrers.map((r) => artifactKind(r.artifactType)) });
    return 0;
  }
  const how = result.api ? "referrers API" : "no referrers API: fallback tag";
  session.out(`${result.reference} (${result.referrers.length} referrer${result.referrers.length === 1 ? "" : "s"}; ${how})`);
  const lines = (subject, indent) => {
    for (const referrer of result.referrers.filter((r) => r.subject === subject)) {
      session.out(`${indent}${describe(referrer)}`);
      lines(referrer.digest, `${indent}  `);
    }
  };
  lines(result.digest, "  ");
  for (const note of result.dropped) session.log(`referrers: ignored ${note}`);
  return 0;
}
function describe(referrer) {
  const found = referrer.tag ? `${referrer.foundBy} ${referrer.tag}` : referrer.foundBy;
  return `${referrer.digest} ${artifactKind(referrer.artifactType)} ${referrer.artifactType ?? referrer.mediaType} ${referrer.size} B (${found})`;
}

// scripts/ci/images/referrers.ts
var flags = { "artifact-type": { type: "string" }, depth: { type: "string" }, timeout: { type: "string" } };
var { flagArgs, positionals } = splitPositionals(process.argv.slice(2), flags);
await runScript(
  { name: "referrers", usage: USAGE.referrers, flags, deadline: { defaultSeconds: 600 } },
  async (flags2) => {
    const session = setup(flags2);
    const request = parseReferrersRequest(positionals, flags2["artifact-type"], flags2.depth);
    const result = await session.group(
      `Referrers of ${formatReference(request.reference)}`,
      () => listReferrers(session.registryClient(), request)
    );
    return reportReferrers(session, result);
  },
  flagArgs
);

import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);

// lib/support/secrets.ts
var secrets = /* @__PURE__ */ new Set();
var announced = /* @__PURE__ */ new Set();
var writeMask;
function announce(form) {
  if (!writeMask || announced.has(form)) return;
  announced.add(form);
  writeMask(`::add-mask::${form}`);
}
function registerSecret(value, user) {
  if (!value || value.length < 4) return;
  const forms = [value, Buffer.from(value).toString("base64")];
  if (user !== void 0) forms.push(Buffer.from(`${user}:${value}`).toString("base64"));
  for (const form of forms) {
    if (secrets.has(form)) continue;
    secrets.add(form);
    announce(form);
  }
}
function announceMasksWith(writer) {
  writeMask = writer;
  for (const form of secrets) announce(form);
}
function redact(text) {
  let out = text;
  for (const form of secrets) out = out.split(form).join("***");
  return out;
}

// lib/config/runtime.ts
function inGithubActions(env = process.env) {
  return env.GITHUB_ACTIONS === "true";
}
function debugEnabled(env = process.env) {
  return env.CI_IMAGES_DEBUG === "true";
}
function dockerBinary(env = process.env) {
  return env.DOCKER || void 0;
}
function terminalEffectsAllowed(env = process.env) {
  return !env.NO_COLOR && env.TERM !== "dumb";
}

// lib/github/actions.ts
import { appendFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
function makeLogger(stream = process.stderr) {
  return (line) => {
    stream.write(redact(line) + "\n");
  };
}
function enableMasking(ctx, options = {}) {
  const stream = options.json ? process.stderr : process.stdout;
  if (ctx.githubActions) announceMasksWith((line) => stream.write(line + "\n"));
}
function setOutput(ctx, name, value) {
  if (!ctx.githubOutput) return false;
  const delimiter = `ghadelimiter_${randomBytes(12).toString("hex")}`;
  if (name.includes(delimiter) || value.includes(delimiter) || /[\r\n]|<</.test(name)) {
    throw new Error(`output ${JSON.stringify(name.slice(0, 40))}: the name or value holds the output delimiter or a line break; not written`);
  }
  appendFileSync(ctx.githubOutput, `${name}<<${delimiter}
${value}
${delimiter}
`);
  return true;
}
async function group(ctx, title, log, body) {
  log(ctx.githubActions ? `::group::${title}` : `== ${title}`);
  try {
    return await body();
  } finally {
    if (ctx.githubActions) log("::endgroup::");
  }
}
function appendSummary(ctx, markdown) {
  if (!ctx.githubStepSummary) return false;
  appendFileSync(ctx.githubStepSummary, redact(markdown) + "\n");
  return true;
}
function markdownTable(header, rows) {
  const line = (cells) => `| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
function escapeCommandData(value) {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeCommandProperty(value) {
  return escapeCommandData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function errorAnnotation(title, message) {
  return `::error title=${escapeCommandProperty(redact(title))}::${escapeCommandData(redact(message))}`;
}

export {
  registerSecret,
  announceMasksWith,
  redact,
  inGithubActions,
  debugEnabled,
  dockerBinary,
  terminalEffectsAllowed,
  makeLogger,
  enableMasking,
  setOutput,
  group,
  appendSummary,
  markdownTable,
  errorAnnotation
};

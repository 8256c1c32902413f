import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);

// lib/support/secrets.ts
var secrets = /* @__PURE__ */ new Set();
var announce;
function registerSecret(value, user) {
  if (!value || value.length < 4) return;
  const forms = [value, Buffer.from(value).toString("base64")];
  if (user !== void 0) forms.push(Buffer.from(`${user}:${value}`).toString("base64"));
  for (const form of forms) {
    if (secrets.has(form)) continue;
    secrets.add(form);
    announce?.(`::add-mask::${form}`);
  }
}
function announceMasksWith(writer) {
  announce = writer;
  for (const form of secrets) writer(`::add-mask::${form}`);
}
function redact(text) {
  let out = text;
  for (const form of secrets) out = out.split(form).join("***");
  return out;
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
  redact,
  makeLogger,
  enableMasking,
  setOutput,
  group,
  appendSummary,
  markdownTable,
  errorAnnotation
};

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

export {
  registerSecret,
  announceMasksWith,
  redact
};

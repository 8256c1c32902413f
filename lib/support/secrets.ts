/**
 * One registry of secrets serves masking (GitHub Actions `::add-mask::`) and redaction of
 * anything we print or put in an error message.
 */

const secrets = new Set<string>();
/** Forms already announced: a second announcer (the frame after the action's entry) does not repeat them. */
const announced = new Set<string>();
let writeMask: ((line: string) => void) | undefined;

function announce(form: string): void {
  if (!writeMask || announced.has(form)) return;
  announced.add(form);
  writeMask(`::add-mask::${form}`);
}

/**
 * Register a secret (and its usual encodings: base64 of `user:secret` is what docker config
 * files and Basic auth carry). In GitHub Actions, each value is announced with `::add-mask::`
 * the moment it is registered, before anything else can print it.
 */
export function registerSecret(value: string | undefined, user?: string): void {
  if (!value || value.length < 4) return;
  const forms = [value, Buffer.from(value).toString('base64')];
  if (user !== undefined) forms.push(Buffer.from(`${user}:${value}`).toString('base64'));
  for (const form of forms) {
    if (secrets.has(form)) continue;
    secrets.add(form);
    announce(form);
  }
}

/** In Actions mode: masks the registered secrets not announced yet, then every later one, with `writer`. */
export function announceMasksWith(writer: (line: string) => void): void {
  writeMask = writer;
  for (const form of secrets) announce(form);
}

export function redact(text: string): string {
  let out = text;
  for (const form of secrets) out = out.split(form).join('***');
  return out;
}

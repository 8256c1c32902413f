/**
 * Text that came from the network is data, never a command. Before a registry's or GitHub's
 * error code, message, tag name or header value enters an error message or a log line it goes
 * through `neutralize`: no line breaks or other control characters (a line starting with `::`
 * is a GitHub Actions workflow command), no `::` at all, and a bounded length.
 */

/** Longest piece of network text put into a message by default. */
export const MAX_NETWORK_TEXT = 300;

const ESCAPES: Record<string, string> = { '\r': '\\r', '\n': '\\n', '\t': '\\t' };

/**
 * CR, LF and every other control character (C0, DEL, C1, the Unicode line and paragraph
 * separators, bidi overrides) become visible escapes; `::` becomes `:\u200b:` so no workflow
 * command can start; text longer than `maxLength` is cut and ends with `…`.
 */
export function neutralize(text: unknown, maxLength = MAX_NETWORK_TEXT): string {
  let value = typeof text === 'string' ? text : String(text);
  if (value.length > maxLength) value = `${value.slice(0, maxLength)}…`;
  return value
    .replace(
      /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
      (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    )
    .replace(/:(?=:)/g, ':\u200b');
}

/** A URL fit for a message: scheme, host and path; no user, password, query or fragment. */
export function displayUrl(url: string | URL): string {
  try {
    const parsed = new URL(url);
    return neutralize(`${parsed.protocol}//${parsed.host}${parsed.pathname}`);
  } catch {
    return '(not a URL)';
  }
}

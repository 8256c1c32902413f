/** The `rel="next"` target of an HTTP `Link` header (RFC 8288), resolved against the current URL. */
export function nextLink(header: string | null, current: string | URL): URL | undefined {
  for (const part of (header ?? '').split(',')) {
    const match = /<([^>]+)>\s*;(?:[^,]*?)\brel="?([^";]+)"?/.exec(part);
    if (match && match[2].split(/\s+/).includes('next')) return new URL(match[1], current);
  }
  return undefined;
}

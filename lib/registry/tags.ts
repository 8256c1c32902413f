/**
 * tags/list, every page: `Link: <…>; rel="next"` is followed only on the registry's own origin,
 * a page seen twice (a loop), too many pages or too many bytes over all pages stop the listing with an
 * error, and names that are not tags are dropped, never passed on.
 */
import { RegistryError, statusError } from './errors.ts';
import { LIMITS } from './limits.ts';
import { errorDetail, type RepositoryHandle } from './transport/index.ts';
import { isTag } from '../oci/grammar.ts';
import { nextLink } from '../support/link-header.ts';
import { displayUrl, neutralize } from '../support/network-text.ts';
import { formatBytes } from '../support/bounded-body.ts';

export interface ListTagsOptions {
  /** Pages followed at most (default 1000). */
  readonly maxPages?: number;
  /** Names in the answer that are not valid tags: dropped, and given here (neutralized) to be mentioned. */
  readonly onDropped?: (names: readonly string[]) => void;
}

export async function listTags(repo: RepositoryHandle, pageSize = 100, options: ListTagsOptions = {}): Promise<string[]> {
  const what = `GET tags ${repo.name}`;
  const maxPages = options.maxPages ?? LIMITS.tagPages;
  const tags: string[] = [];
  const dropped: string[] = [];
  const seen = new Set<string>();
  let bytes = 0;
  let url = new URL(repo.url(`tags/list?n=${pageSize}`)).toString();
  for (let page = 1; ; page++) {
    seen.add(url);
    const { response } = await repo.send({ method: 'GET', url, actions: 'pull', what, maxBytes: LIMITS.tagsPage, subject: 'repository' });
    if (!response.ok) throw statusError(response.status, what, await errorDetail(response), 'repository');
    bytes += response.buffered?.length ?? 0;
    if (bytes > LIMITS.tagsTotal) {
      throw new RegistryError(`${what}: more than ${formatBytes(LIMITS.tagsTotal)} of tags over ${page} pages; stopping`, {
        code: 'TOO_LARGE',
      });
    }
    let body: { tags?: unknown };
    try {
      body = JSON.parse((response.buffered ?? Buffer.alloc(0)).toString('utf8')) as { tags?: unknown };
    } catch {
      throw new RegistryError(`${what}: page ${page} from ${displayUrl(url)} is not JSON`, {
        status: response.status,
        code: 'TAGS_INVALID',
      });
    }
    for (const name of Array.isArray(body?.tags) ? body.tags : []) {
      if (typeof name === 'string' && isTag(name)) tags.push(name);
      else dropped.push(neutralize(typeof name === 'string' ? name : (JSON.stringify(name) ?? String(name)), 80));
    }
    const next = followableNext(repo, response.headers.get('link'), url, what);
    if (!next) break;
    if (seen.has(next))
      throw new RegistryError(`${what}: the next page ${displayUrl(next)} was already read (a pagination loop); stopping`, {
        code: 'PAGINATION_LOOP',
      });
    if (page >= maxPages) throw new RegistryError(`${what}: more than ${maxPages} pages of tags; stopping`, { code: 'TOO_MANY_PAGES' });
    url = next;
  }
  if (dropped.length > 0) options.onDropped?.(dropped);
  return tags;
}

/** The next page's URL, if there is one and it is on the registry's own origin (so never https → http). */
export function followableNext(repo: RepositoryHandle, link: string | null, current: string, what: string): string | undefined {
  let next: URL | undefined;
  try {
    next = nextLink(link, current);
  } catch {
    throw new RegistryError(`${what}: the Link header names no valid URL`, { code: 'LINK_REFUSED' });
  }
  if (!next) return undefined;
  if (!repo.isRegistryOrigin(next)) {
    throw new RegistryError(
      `${what}: the next page is on another origin (${neutralize(next.origin, 100)}, not ${new URL(repo.baseUrl).origin}); not following it`,
      { code: 'LINK_REFUSED' },
    );
  }
  return next.toString();
}

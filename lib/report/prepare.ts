/** What prepare-ci-image says: the `localImage` output, and `--json` or plain lines. */
import type { PrepareResult } from '../commands/prepare.ts';
import type { ReportContext } from './context.ts';
import { appendSummary, markdownTable, summaryCode, summaryText } from '../github/actions.ts';

export function reportPrepare(session: ReportContext, result: PrepareResult): number {
  const { config, dryRun } = session;
  const main = result.images[0];
  if (!dryRun) session.output('localImage', main.localImage);
  if (!dryRun) appendSummary(config, summaryOf(result));
  if (session.json) {
    session.result({ dryRun, ...result });
    return 0;
  }
  const how =
    result.mode === 'build'
      ? `built with ${result.buildx ? `docker buildx (builder ${result.builder})` : 'docker build'}, cache ${result.cacheRef} (DOCKER_CACHE=${config.dockerCache})`
      : `pulled from ${result.registry}`;
  const verb = dryRun ? 'Would prepare' : 'Prepared';
  for (const image of result.images)
    session.out(`${verb} ${image.localImage}: ${how}${image.source ? ` ${image.source}` : ''}${image.digest ? ` ${image.digest}` : ''}`);
  for (const child of result.platforms ?? []) session.out(`  ${child.platform}${child.digest ? ` ${child.digest}` : ''}`);
  const cache = result.cache;
  if (cache?.engine === 'legacy') session.out('cache: legacy builder (no BuildKit): no cache figures');
  else if (cache)
    session.out(
      `cache: ${cache.cached}/${cache.steps} steps cached (${cache.steps - cache.cached} run in ${cache.seconds} s; build ${cache.buildSeconds} s)`,
    );
  if (cache?.importProblem) session.out(`cache: ${cache.importProblem}`);
  return 0;
}

/** The job summary of a prepared image: what, from where, and what the BuildKit cache did (`cache: 12/14 steps cached`). */
function summaryOf(result: PrepareResult): string {
  const cache = result.cache;
  const cacheText = !cache
    ? '–'
    : cache.engine === 'legacy'
      ? 'legacy builder: no figures'
      : `${cache.cached}/${cache.steps} steps cached, ${cache.buildSeconds} s`;
  const rows = result.images.map((i) => [
    summaryCode(i.localImage),
    result.mode === 'build' ? 'built' : `pulled from ${summaryText(result.registry ?? '')}`,
    i.digest ? summaryCode(i.digest) : '–',
    cacheText,
  ]);
  const problem = cache?.importProblem ? `\n\ncache: ${summaryText(cache.importProblem, 500)}` : '';
  return `### Image prepared\n\n${markdownTable(['image', 'how', 'digest', 'cache'], rows)}${problem}`;
}

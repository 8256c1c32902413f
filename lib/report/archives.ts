/** What save and load say: the `path` output (save), and `--json` or plain lines. */
import type { SaveResult } from '../commands/save.ts';
import type { LoadResult } from '../commands/load.ts';
import type { ReportContext } from './context.ts';
import { formatBytes } from '../support/bounded-body.ts';

export function reportSave(session: ReportContext, result: SaveResult): number {
  const { dryRun } = session;
  if (!dryRun) session.output('path', result.path);
  if (session.json) {
    session.result({ dryRun, ...result });
    return 0;
  }
  const size = result.file ? ` (${formatBytes(result.file.fileBytes)}, ${result.file.fileDigest})` : '';
  session.out(`${dryRun ? 'Would write' : 'Wrote'} ${result.path}${size}`);
  for (const image of result.images) {
    const children = image.children ? `, ${image.children} platform manifest(s)` : '';
    session.out(`  ${image.name ?? '(no name)'} ${image.digest}${children}`.trimEnd());
  }
  return 0;
}

export function reportLoad(session: ReportContext, result: LoadResult): number {
  const { dryRun } = session;
  if (session.json) {
    session.result({ dryRun, ...result });
    return 0;
  }
  for (const image of result.images) {
    const where = result.destination === 'registry' ? image.reference : 'the local docker daemon';
    session.out(`${dryRun ? 'Would load' : 'Loaded'} ${image.name ?? '(no name)'} ${image.digest} into ${where}`);
  }
  if (result.destination === 'registry' && !dryRun)
    session.out(`  blobs: ${result.blobs.pushed} pushed, ${result.blobs.skipped} already there`);
  for (const line of result.dockerOutput ?? []) session.out(`  docker: ${line}`);
  return 0;
}

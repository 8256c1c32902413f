/**
 * Keeping the memory of streamed bytes from piling up. Every chunk read from a socket is a fresh
 * Buffer whose memory lies outside V8's heap; it dies as soon as it has been hashed and written
 * on, but V8 frees it only when a garbage collection finds it dead, and, the heap itself hardly
 * growing, it starts one only once some 30–40 MiB of such buffers have piled up. A 1 GB copy
 * then peaked at ~90 MiB of RSS with well under 2 MiB actually in flight. A minor collection (a
 * scavenge of young objects: a fraction of a millisecond on our small heap) every few MiB
 * streamed keeps the pile at a few MiB; measured on a 1 GB download: peak RSS 88 → 63 MiB, time
 * within noise.
 *
 * The collector is V8's `gc`, exposed by setting --expose-gc at run time and taken from a new
 * context (the flag applies to contexts made after it); where that fails, nothing is collected
 * early and only memory, never behaviour, differs.
 */
import type * as V8 from 'node:v8';
import type * as Vm from 'node:vm';

/** Bytes streamed between two early collections. */
const COLLECT_EVERY = 4 * 1024 * 1024;

type Collect = (options: { type: 'minor' }) => void;
let collect: Collect | null | undefined;
let sinceLast = 0;

/** Counts bytes that went through a stream; collects young garbage every few MiB. */
export function streamedBytes(bytes: number): void {
  sinceLast += bytes;
  if (sinceLast < COLLECT_EVERY) return;
  sinceLast = 0;
  if (collect === undefined) collect = exposeCollector();
  collect?.({ type: 'minor' });
}

/** node:v8 and node:vm are loaded only once a stream is under way (getBuiltinModule: Node ≥ 20.16; older ones skip this). */
function exposeCollector(): Collect | null {
  const builtin = (process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule;
  if (!builtin) return null;
  try {
    (builtin('node:v8') as typeof V8).setFlagsFromString('--expose-gc');
    const gc = (builtin('node:vm') as typeof Vm).runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? (gc as Collect) : null;
  } catch {
    return null;
  }
}

/**
 * Progress of a long wait: on a terminal, one live line per image redrawn in place; in CI logs,
 * one plain line per state change, and a heartbeat line (found/missing counts) every minute so an
 * hour-long wait does not look hung.
 */
import { targetLabel, type PollTarget, type WaitEvent } from '../commands/wait/index.ts';
import { redact } from '../support/secrets.ts';
import type { Writer } from '../support/writer.ts';

export interface ProgressReporter {
  event(event: WaitEvent<PollTarget>): void;
  stop(): void;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

export { targetLabel };

export interface HeartbeatOptions {
  /** Milliseconds between heartbeat lines (0: none). */
  readonly everyMs: number;
  readonly targets: readonly PollTarget[];
  readonly registries: readonly string[];
}

/** One line per state change: what CI logs want; with `heartbeat`, a count line every so often. */
export function lineReporter(write: Writer, heartbeat?: HeartbeatOptions): ProgressReporter {
  const started = Date.now();
  const found = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  if (heartbeat && heartbeat.everyMs > 0) {
    timer = setInterval(() => {
      const perRegistry = heartbeat.registries.map((registry) => {
        // A plain reference is in one registry only: each registry counts the targets it may hold.
        const here = heartbeat.targets.filter((t) => t.candidates[registry] !== undefined);
        const count = here.filter((t) => found.has(`${registry} ${t.candidates[registry]}`)).length;
        return `${registry} ${count}/${here.length}`;
      });
      write(`[${seconds(Date.now() - started).padStart(7)}] still waiting: ${perRegistry.join(', ')} found`);
    }, heartbeat.everyMs);
    timer.unref();
  }
  return {
    event(e) {
      if (e.state === 'found') found.add(`${e.registry} ${e.reference}`);
      const label = targetLabel(e.target);
      // A plain reference is its own label: named once.
      const what = label === e.reference ? e.reference : `${label.padEnd(22)} ${e.reference}`;
      switch (e.state) {
        case 'found':
          return write(`[${seconds(e.elapsedMs).padStart(7)}] found     ${what} ${e.digest}`);
        case 'waiting':
          return write(`[${seconds(e.elapsedMs).padStart(7)}] waiting   ${what}${e.detail ? `: ${e.detail}` : ''}`);
        case 'error':
          return write(`[${seconds(e.elapsedMs).padStart(7)}] error     ${what}: ${redact(e.detail ?? '')}`);
        case 'refused':
          return write(
            `[${seconds(e.elapsedMs).padStart(7)}] refused   ${what}: stopped polling ${e.registry} (${redact(e.detail ?? '')})`,
          );
      }
    },
    stop() {
      clearInterval(timer);
    },
  };
}

/** Live lines on a terminal: one per image, redrawn every 250 ms. */
export function terminalReporter(targets: readonly PollTarget[], stream: NodeJS.WriteStream): ProgressReporter {
  const started = Date.now();
  const state = new Map<PollTarget, { found?: string; registry?: string; at?: number; note?: string }>();
  for (const t of targets) state.set(t, {});
  let drawn = 0;
  const draw = () => {
    const now = Date.now();
    const lines = targets.map((t) => {
      const s = state.get(t)!;
      const label = targetLabel(t).padEnd(22);
      if (s.found) return `  \u2714 ${label} found in ${s.registry} after ${seconds(s.at!)}`;
      return `  \u2026 ${label} waiting ${seconds(now - started)}${s.note ? `  (${redact(s.note).slice(0, 80)})` : ''}`;
    });
    stream.write((drawn ? `\x1b[${drawn}A` : '') + lines.map((l) => `\x1b[2K${l}\n`).join(''));
    drawn = lines.length;
  };
  const timer = setInterval(draw, 250);
  timer.unref();
  draw();
  return {
    event(e) {
      const s = state.get(e.target)!;
      if (e.state === 'found' && !s.found) Object.assign(s, { found: e.digest, registry: e.registry, at: e.elapsedMs });
      else if (e.state === 'error' || e.state === 'refused') s.note = `${e.registry}: ${e.detail ?? e.state}`;
    },
    stop() {
      clearInterval(timer);
      draw();
    },
  };
}

import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  targetLabel
} from "./chunk-HX3VIZDF.mjs";
import {
  redact
} from "./chunk-Q3VEEV6Q.mjs";

// lib/report/progress.ts
var seconds = (ms) => `${(ms / 1e3).toFixed(1)}s`;
function lineReporter(write, heartbeat) {
  const started = Date.now();
  const found = /* @__PURE__ */ new Set();
  let timer;
  if (heartbeat && heartbeat.everyMs > 0) {
    timer = setInterval(() => {
      const perRegistry = heartbeat.registries.map((registry) => {
        const here = heartbeat.targets.filter((t) => t.candidates[registry] !== void 0);
        const count = here.filter((t) => found.has(`${registry} ${t.candidates[registry]}`)).length;
        return `${registry} ${count}/${here.length}`;
      });
      write(`[${seconds(Date.now() - started).padStart(7)}] still waiting: ${perRegistry.join(", ")} found`);
    }, heartbeat.everyMs);
    timer.unref();
  }
  return {
    event(e) {
      if (e.state === "found") found.add(`${e.registry} ${e.reference}`);
      const label = targetLabel(e.target);
      const what = label === e.reference ? e.reference : `${label.padEnd(22)} ${e.reference}`;
      switch (e.state) {
        case "found":
          return write(`[${seconds(e.elapsedMs).padStart(7)}] found     ${what} ${e.digest}`);
        case "waiting":
          return write(`[${seconds(e.elapsedMs).padStart(7)}] waiting   ${what}${e.detail ? `: ${e.detail}` : ""}`);
        case "error":
          return write(`[${seconds(e.elapsedMs).padStart(7)}] error     ${what}: ${redact(e.detail ?? "")}`);
        case "refused":
          return write(
            `[${seconds(e.elapsedMs).padStart(7)}] refused   ${what}: stopped polling ${e.registry} (${redact(e.detail ?? "")})`
          );
      }
    },
    stop() {
      clearInterval(timer);
    }
  };
}
function terminalReporter(targets, stream) {
  const started = Date.now();
  const state = /* @__PURE__ */ new Map();
  for (const t of targets) state.set(t, {});
  let drawn = 0;
  const draw = () => {
    const now = Date.now();
    const lines = targets.map((t) => {
      const s = state.get(t);
      const label = targetLabel(t).padEnd(22);
      if (s.found) return `  ✔ ${label} found in ${s.registry} after ${seconds(s.at)}`;
      return `  … ${label} waiting ${seconds(now - started)}${s.note ? `  (${redact(s.note).slice(0, 80)})` : ""}`;
    });
    stream.write((drawn ? `\x1B[${drawn}A` : "") + lines.map((l) => `\x1B[2K${l}
`).join(""));
    drawn = lines.length;
  };
  const timer = setInterval(draw, 250);
  timer.unref();
  draw();
  return {
    event(e) {
      const s = state.get(e.target);
      if (e.state === "found" && !s.found) Object.assign(s, { found: e.digest, registry: e.registry, at: e.elapsedMs });
      else if (e.state === "error" || e.state === "refused") s.note = `${e.registry}: ${e.detail ?? e.state}`;
    },
    stop() {
      clearInterval(timer);
      draw();
    }
  };
}

export {
  lineReporter,
  terminalReporter
};

import { createRequire as __ciImagesRequire } from 'node:module';
const require = __ciImagesRequire(import.meta.url);
import {
  COMMON_FLAGS
} from "./chunk-G5RXXNCK.mjs";

// lib/cli/positionals.ts
import { parseArgs } from "node:util";
function splitPositionals(argv, flags) {
  const { tokens } = parseArgs({
    args: [...argv],
    options: { ...flags, ...COMMON_FLAGS },
    strict: false,
    allowPositionals: true,
    tokens: true
  });
  const dropped = /* @__PURE__ */ new Set();
  const positionals = [];
  for (const token of tokens ?? []) {
    if (token.kind === "positional") positionals.push(token.value);
    if (token.kind === "positional" || token.kind === "option-terminator") dropped.add(token.index);
  }
  return { flagArgs: argv.filter((_, i) => !dropped.has(i)), positionals };
}

export {
  splitPositionals
};

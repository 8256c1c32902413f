/**
 * Positional arguments (e.g. the digests of merge-platforms) split from the flags, so the flags
 * still go through `runScript`'s strict parser. Never throws: a bad flag is left for that parser.
 */
import { parseArgs } from 'node:util';
import { COMMON_FLAGS, type FlagSpec } from './flags.ts';

export function splitPositionals(argv: readonly string[], flags: FlagSpec): { flagArgs: string[]; positionals: string[] } {
  const { tokens } = parseArgs({
    args: [...argv],
    options: { ...flags, ...COMMON_FLAGS },
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const dropped = new Set<number>();
  const positionals: string[] = [];
  for (const token of tokens ?? []) {
    if (token.kind === 'positional') positionals.push(token.value);
    // Everything after `--` is positional; the terminator itself goes to neither side.
    if (token.kind === 'positional' || token.kind === 'option-terminator') dropped.add(token.index);
  }
  return { flagArgs: argv.filter((_, i) => !dropped.has(i)), positionals };
}

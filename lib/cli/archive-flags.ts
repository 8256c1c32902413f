/** The flags of save and load: `--output FILE`, `--compress`, `--to REF…`, `--from-docker`, and the image references. */
import { accessSync, constants } from 'node:fs';
import { ConfigError } from '../support/errors.ts';
import { parseReference, type Reference } from '../oci/reference.ts';
import { COMPRESSIONS, type Compression } from '../archive/write.ts';

export const SAVE_FLAGS = {
  output: { type: 'string', short: 'o' },
  compress: { type: 'string' },
  'from-docker': { type: 'boolean', default: false },
  timeout: { type: 'string' },
} as const;

export const LOAD_FLAGS = {
  to: { type: 'string', multiple: true },
  'run-id': { type: 'string' },
  artifact: { type: 'string' },
  timeout: { type: 'string' },
} as const;

export function parseOutputFlag(value: string | undefined): string {
  if (value === undefined || value === '')
    throw new ConfigError('--output', '--output FILE is required: where to write the archive, e.g. --output image.tar');
  return value;
}

export function parseCompressFlag(value: string | undefined): Compression {
  if (value === undefined) return 'none';
  if ((COMPRESSIONS as readonly string[]).includes(value)) return value as Compression;
  const zstd = value === 'zstd' ? ' (zstd needs a Node whose zlib has it, 22.15 or later)' : '';
  throw ConfigError.invalid('--compress', value, `expected ${COMPRESSIONS.join(' or ')}${zstd}`);
}

/** Image references given as arguments or `--to`: each must parse, one line naming the bad one. */
export function parseReferences(name: string, texts: readonly string[]): Reference[] {
  return texts.map((text) => {
    try {
      return parseReference(text);
    } catch (error) {
      throw new ConfigError(name, `${name}: ${(error as Error).message}`);
    }
  });
}

/** The one FILE argument of load. */
export function parseFileArgument(positionals: readonly string[]): string {
  if (positionals.length !== 1) throw new ConfigError('FILE', `load takes one FILE argument (the archive), got ${positionals.length}`);
  const [file] = positionals;
  // Checked before anything is printed or started: a wrong path is bad input, one line.
  try {
    accessSync(file, constants.R_OK);
  } catch (error) {
    throw new ConfigError('FILE', `${JSON.stringify(file)}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return file;
}

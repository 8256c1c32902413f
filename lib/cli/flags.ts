/**
 * Flags: parsing (node:util parseArgs, strict) and every flag value parser of the scripts, so a
 * flag means the same in every script. Bad values are ConfigErrors: one line naming the flag, exit 2.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError } from '../support/errors.ts';
import { closestName } from '../support/closest.ts';
import { checkPythonVersion, parseSeconds, type Config } from '../config/load.ts';
import { VARIABLES } from '../config/variables.ts';
import { IMAGE_CHOICES, type ImageChoice } from '../images.ts';
import { GITHUB_REGISTRIES, isGithubRegistry, type GithubRegistry } from '../hosts.ts';
import { HOST, HOST_ACCEPTED, TAG, TAG_ACCEPTED } from '../oci/grammar.ts';
import { parsePlatform, type Platform } from '../oci/platform.ts';

export type FlagSpec = NonNullable<ParseArgsConfig['options']>;

/** `--json`, `--format`, `--dry-run` and `--help`, which every script takes. */
export const COMMON_FLAGS = {
  json: { type: 'boolean', default: false },
  format: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** The parsed values of a flag spec, typed from it. */
export type FlagValues<T extends FlagSpec> = ReturnType<typeof parseArgs<{ options: T; strict: true; allowPositionals: false }>>['values'];

export function parseFlags<T extends FlagSpec>(options: T, argv: string[] = process.argv.slice(2)): FlagValues<T> {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values as FlagValues<T>;
  } catch (error) {
    // Node's message can span lines (e.g. the `--keep=-1` hint for values starting with a dash).
    const message = (error as Error).message
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .join(' ');
    const flag = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? 'arguments';
    const closest = /^Unknown option/.test(message) ? closestFlag(flag, Object.keys(options)) : undefined;
    const hint = closest ? `; did you mean --${closest}?` : '';
    throw new ConfigError(flag, `${message.replace(/\. To specify a positional argument.*$/, '')}${hint} (see --help)`);
  }
}

/** The known flag nearest to a mistyped one (edit distance at most 2, or a prefix), if any. */
export function closestFlag(given: string, known: readonly string[]): string | undefined {
  return closestName(given.replace(/^-+/, '').replace(/=.*$/, ''), known);
}

/** `--run-id N`: a GitHub Actions run id (digits), required. */
export function parseRunIdFlag(value: string | undefined): string {
  if (value === undefined)
    throw new ConfigError('--run-id', '--run-id is required: the GitHub Actions run id whose image to pull, e.g. --run-id 123456789');
  if (!/^\d{1,20}$/.test(value)) throw ConfigError.invalid('--run-id', value, 'expected a GitHub Actions run id (digits)');
  return value;
}

/** `--image ci|prod` (default ci). */
export function parseImageFlag(value: string | undefined): ImageChoice {
  const image = value ?? 'ci';
  if (!(image in IMAGE_CHOICES)) throw ConfigError.invalid('--image', image, `expected ${Object.keys(IMAGE_CHOICES).join(' or ')}`);
  return image as ImageChoice;
}

/** `--python 3.8` (default PYTHON_MAJOR_MINOR_VERSION). */
export function parsePythonFlag(value: string | undefined, config: Pick<Config, 'pythonVersion'>): string {
  return value === undefined ? config.pythonVersion : checkPythonVersion('--python', value);
}

export function parseTagFlag(flag: string, value: string): string {
  if (!TAG.test(value)) throw ConfigError.invalid(flag, value, TAG_ACCEPTED);
  return value;
}

export function parseHostFlag(flag: string, value: string): string {
  const host = value.toLowerCase();
  if (!HOST.test(host)) throw ConfigError.invalid(flag, value, HOST_ACCEPTED);
  return host;
}

/** `--registry ghcr.io|docker.pkg.github.com` (default GITHUB_REGISTRY). */
export function parseRegistryFlag(value: string | undefined, fallback: GithubRegistry): GithubRegistry {
  if (value === undefined) return fallback;
  if (isGithubRegistry(value)) return value;
  throw ConfigError.invalid('--registry', value, `expected one of ${GITHUB_REGISTRIES.join(', ')}`);
}

export const DEFAULT_KEEP = 10;
export const DEFAULT_OLDER_THAN = '14d';

/** `--keep N`: a non-negative integer. */
export function parseKeep(value: string | undefined): number {
  if (value === undefined) return DEFAULT_KEEP;
  if (!/^\d{1,9}$/.test(value))
    throw ConfigError.invalid('--keep', value, 'expected a non-negative whole number of run-id/sha tags to keep, e.g. 10');
  return Number(value);
}

const UNITS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
/** Ten years: beyond that a date is not representable for every registry's `created`. */
const MAX_DURATION_SECONDS = 10 * 365 * 86400;

/** `--older-than`: `14d`, `36h`, `90m`, `2w`, `30s` or plain seconds, at most ten years. */
export function parseDuration(flag: string, value: string | undefined, fallback = DEFAULT_OLDER_THAN): number {
  const text = value ?? fallback;
  const match = /^(\d{1,9})([smhdw]?)$/.exec(text);
  const accepted = 'expected a duration such as 14d, 36h, 90m, 2w or a number of seconds, at most 520w';
  if (!match) throw ConfigError.invalid(flag, text, accepted);
  const seconds = Number(match[1]) * UNITS[match[2]];
  if (seconds > MAX_DURATION_SECONDS) throw ConfigError.invalid(flag, text, accepted);
  return seconds;
}

/** The flags of the wait scripts. */
export const WAIT_FLAGS = {
  timeout: { type: 'string' },
  'poll-interval': { type: 'string' },
  heartbeat: { type: 'string' },
  platform: { type: 'string' },
  producer: { type: 'string' },
  'producer-run-id': { type: 'string' },
  grace: { type: 'string' },
} as const;

interface WaitFlagValues {
  timeout?: string;
  'poll-interval'?: string;
  heartbeat?: string;
  platform?: string;
  producer?: string;
  'producer-run-id'?: string;
  grace?: string;
}

/**
 * `--timeout SECONDS`, `--poll-interval SECONDS`, `--heartbeat SECONDS` (0: none), `--platform os/arch`,
 * and the producer run: `--producer WORKFLOW`, `--producer-run-id N`, `--grace SECONDS`, when given.
 */
export function parseWaitFlags(flags: WaitFlagValues): {
  timeoutSeconds?: number;
  pollIntervalSeconds?: number;
  heartbeatSeconds?: number;
  platform?: Platform;
  producer: { producer?: string; producerRunId?: string; graceSeconds?: number };
} {
  return {
    producer: {
      producer: flags.producer === undefined ? undefined : VARIABLES.WAIT_FOR_IMAGE_PRODUCER.kind.parse('--producer', flags.producer),
      producerRunId:
        flags['producer-run-id'] === undefined
          ? undefined
          : VARIABLES.WAIT_FOR_IMAGE_PRODUCER_RUN_ID.kind.parse('--producer-run-id', flags['producer-run-id']),
      graceSeconds: flags.grace === undefined ? undefined : parseSeconds('--grace', flags.grace),
    },
    platform: flags.platform === undefined ? undefined : parsePlatform(flags.platform, '--platform'),
    heartbeatSeconds:
      flags.heartbeat === undefined ? undefined : flags.heartbeat === '0' ? 0 : parseSeconds('--heartbeat', flags.heartbeat),
    timeoutSeconds: flags.timeout === undefined ? undefined : parseSeconds('--timeout', flags.timeout),
    pollIntervalSeconds: flags['poll-interval'] === undefined ? undefined : parseSeconds('--poll-interval', flags['poll-interval']),
  };
}

export const OUTPUT_FORMATS = ['text', 'json', 'env'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/**
 * `--format text|json|env` (`--json` is `--format json`). `env`: stdout holds only `NAME=value`
 * lines of the script's outputs, for `eval "$(…)"` in bash or `>> "$GITHUB_ENV"`.
 */
export function parseFormat(flags: { json?: boolean; format?: string }): OutputFormat {
  const format = flags.format ?? (flags.json ? 'json' : 'text');
  if (!(OUTPUT_FORMATS as readonly string[]).includes(format))
    throw ConfigError.invalid('--format', format, `expected one of ${OUTPUT_FORMATS.join(', ')}`);
  if (flags.json && format !== 'json')
    throw new ConfigError('--json', `--json and --format ${format} contradict each other: pass one of them`);
  return format as OutputFormat;
}

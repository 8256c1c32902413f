/** The `.env` file: read whole (it is small, and capped), parsed by dotenv, errors naming the variable that named it. */
import { readFileSync, statSync } from 'node:fs';
import { parse as parseDotenv } from 'dotenv';
import { ConfigError } from '../support/errors.ts';
import type { Env } from './load.ts';

/** A `.env` of KEY=value lines is kilobytes; anything past this is refused before it is parsed. */
const MAX_ENV_FILE_BYTES = 1024 * 1024;

export function readEnvFile(path: string, variableName: string, explicit: boolean): Record<string, string> {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !explicit) return {};
    const why =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : `cannot be read (${(error as NodeJS.ErrnoException).code})`;
    throw ConfigError.invalid(variableName, path, `the file ${path} ${why}`);
  }
  if (isDirectory) throw ConfigError.invalid(variableName, path, `expected a file of KEY=value lines, ${path} is a directory`);
  let text: Buffer;
  try {
    text = readFileSync(path);
  } catch (error) {
    throw ConfigError.invalid(variableName, path, `the file ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (text.length > MAX_ENV_FILE_BYTES) {
    throw ConfigError.invalid(
      variableName,
      path,
      `the file ${path} is larger than ${MAX_ENV_FILE_BYTES / 1024 / 1024} MiB: not a .env file`,
    );
  }
  return parseDotenv(text);
}

export function definedOnly(env: Env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) if (value !== undefined) out[key] = value;
  return out;
}

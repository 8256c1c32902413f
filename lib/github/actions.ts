/**
 * GitHub Actions conventions (outputs file, groups, masks, job summary), with a plain-words
 * fallback on stdout outside Actions.
 */
import { appendFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { announceMasksWith, redact } from '../support/secrets.ts';
import type { Writer } from '../support/writer.ts';

export interface ActionsContext {
  readonly githubActions: boolean;
  readonly githubOutput: string | undefined;
  readonly githubStepSummary: string | undefined;
}

/** Everything we print goes through here, redacted. */
export function makeLogger(stream: NodeJS.WritableStream = process.stderr): Writer {
  return (line: string) => {
    stream.write(redact(line) + '\n');
  };
}

/**
 * In Actions, announce every known secret with ::add-mask:: before anything else is printed. With
 * `json`, stdout must hold one JSON document, so the masks go to stderr (the runner reads both).
 */
export function enableMasking(ctx: ActionsContext, options: { json?: boolean } = {}): void {
  const stream = options.json ? process.stderr : process.stdout;
  if (ctx.githubActions) announceMasksWith((line) => stream.write(line + '\n'));
}

/**
 * Append `name=value` to `$GITHUB_OUTPUT`, using the multi-line-safe heredoc form
 * (`name<<DELIM\nvalue\nDELIM`) with a random delimiter. Returns false outside Actions.
 */
export function setOutput(ctx: ActionsContext, name: string, value: string): boolean {
  if (!ctx.githubOutput) return false;
  const delimiter = `ghadelimiter_${randomBytes(12).toString('hex')}`;
  // As actions/toolkit's file-command.ts: a name or value holding the delimiter could end the
  // heredoc early and write further outputs.
  if (name.includes(delimiter) || value.includes(delimiter) || /[\r\n]|<</.test(name)) {
    throw new Error(
      `output ${JSON.stringify(name.slice(0, 40))}: the name or value holds the output delimiter or a line break; not written`,
    );
  }
  appendFileSync(ctx.githubOutput, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
  return true;
}

/** Run `body` inside a log group (`::group::` in Actions, a plain heading elsewhere). */
export async function group<T>(ctx: ActionsContext, title: string, log: Writer, body: () => Promise<T>): Promise<T> {
  log(ctx.githubActions ? `::group::${title}` : `== ${title}`);
  try {
    return await body();
  } finally {
    if (ctx.githubActions) log('::endgroup::');
  }
}

export function appendSummary(ctx: ActionsContext, markdown: string): boolean {
  if (!ctx.githubStepSummary) return false;
  appendFileSync(ctx.githubStepSummary, redact(markdown) + '\n');
  return true;
}

/**
 * Text from outside (registry errors, tag and image names) for the job summary, which GitHub renders
 * as Markdown with HTML: a backslash before the Markdown marks of links, images, emphasis, code and
 * headings, then entities for `& < > " '`; line breaks as spaces; at most `max` characters.
 */
export function summaryText(value: string, max = 300): string {
  const line = value.replace(/[\r\n\u2028\u2029]+/g, ' ').slice(0, max);
  return line.replace(/[\\`*_[\]()#!|~]/g, '\\$&').replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}

/** A value shown as inline code (a reference, a digest): no backtick or line break can end the span. */
export function summaryCode(value: string, max = 300): string {
  return `\`${value
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/`/g, "'")
    .slice(0, max)}\``;
}

const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** A GFM table; cells are Markdown already (from summaryText / summaryCode): only `|` is escaped here. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Reads a `$GITHUB_OUTPUT` file back into a map (both `k=v` and heredoc forms). */
export function parseOutputFile(text: string): Map<string, string> {
  const outputs = new Map<string, string>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
      outputs.set(name, value.join('\n'));
    } else if (line.includes('=')) {
      outputs.set(line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1));
    }
  }
  return outputs;
}

/** Escapes a workflow-command value as actions/toolkit does: `%`, CR and LF cannot end or start a command. */
export function escapeCommandData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow-command property (`title=…`): also `:` and `,`. */
export function escapeCommandProperty(value: string): string {
  return escapeCommandData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** An `::error title=…::message` annotation: shown on the run's summary page, not only in the log. */
export function errorAnnotation(title: string, message: string): string {
  return `::error title=${escapeCommandProperty(redact(title))}::${escapeCommandData(redact(message))}`;
}

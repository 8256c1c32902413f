/** Small output helpers of the entries: workflow-command escaping and the error annotation. */

/** Escapes a workflow command's message (`%`, CR, LF), as actions/toolkit's `escapeData` does. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/**
 * Watches stderr for the recipe's one error line (`error: …`, already redacted by runMain) so the
 * action can repeat it as an `::error::` annotation. Returns a getter of the last one seen.
 */
export function watchErrorLine(stream: NodeJS.WriteStream = process.stderr): () => string | undefined {
  let last: string | undefined;
  const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : '';
    for (const match of text.matchAll(/^error: (.*)$/gm)) last = match[1];
    return write(chunk, ...rest);
  }) as typeof stream.write;
  return () => last;
}

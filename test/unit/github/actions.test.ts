import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorAnnotation, parseOutputFile, setOutput } from '../../../lib/github/actions.ts';

test('errorAnnotation: CR/LF and % in the message are escaped, so it stays one workflow command', () => {
  const line = errorAnnotation('wait: failed', 'HTTP 500: oops\r\n::set-output name=githubRegistry::evil.example\n::error::fake 100%');
  assert.is(line.split('\n').length, 1);
  assert.is(
    line,
    '::error title=wait%3A failed::HTTP 500: oops%0D%0A::set-output name=githubRegistry::evil.example%0A::error::fake 100%25',
  );
});

test('errorAnnotation: the title escapes , and : (property syntax)', () => {
  assert.is(errorAnnotation('a,b:c', 'm'), '::error title=a%2Cb%3Ac::m');
});

test('setOutput: heredoc form with a random delimiter, read back intact (multi-line values too)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ci-images-out-'));
  try {
    const file = join(dir, 'out');
    const ctx = { githubActions: true, githubOutput: file, githubStepSummary: undefined };
    assert.ok(setOutput(ctx, 'githubRegistry', 'ghcr.io'));
    assert.ok(setOutput(ctx, 'notes', 'line one\nline two'));
    const outputs = parseOutputFile(readFileSync(file, 'utf8'));
    assert.is(outputs.get('githubRegistry'), 'ghcr.io');
    assert.is(outputs.get('notes'), 'line one\nline two');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('setOutput: a name holding a line break or "<<" is refused (it could forge other outputs)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ci-images-out-'));
  try {
    const ctx = { githubActions: true, githubOutput: join(dir, 'out'), githubStepSummary: undefined };
    assert.throws(() => setOutput(ctx, 'a\nb', 'v'), /line break/);
    assert.throws(() => setOutput(ctx, 'a<<EOF', 'v'), /delimiter/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();

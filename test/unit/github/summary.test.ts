// The job summary is Markdown that GitHub renders with HTML: nothing that came from a registry (an
// error message, a tag, an image name) may become markup there.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { markdownTable, summaryCode, summaryText } from '../../../lib/github/actions.ts';
import { failedWaitSummary } from '../../../lib/report/wait.ts';
import { summaryMarkdown } from '../../../lib/report/prune.ts';

const summary = suite('lib/github: job summary text from outside');
const HOSTILE =
  '<img src=https://evil.test/p.png> & [click](https://evil.test) ![x](https://evil.test/i) **b** # h\n### injected | cell `tick`';

summary('summaryText: no HTML, no link or image, no heading, no new line, no table cell break', () => {
  const out = summaryText(HOSTILE);
  assert.not.match(out, /<|>|\n/);
  assert.ok(out.includes('&lt;img src=https://evil.test/p.png&gt; &amp; \\[click\\]\\(https://evil.test\\)'), out);
  assert.not.match(out, /(^|[^\\])[[\]()!*#|`]/);
  assert.is(summaryText('x'.repeat(500)).length, 300);
});

summary('summaryCode: one code span whatever the value holds', () => {
  assert.is(summaryCode('ghcr.io/a/b:1'), '`ghcr.io/a/b:1`');
  const out = summaryCode('a`b\n### c');
  assert.is(out, "`a'b ### c`");
  assert.is(out.split('`').length, 3);
});

summary('a wait summary with a hostile last error and reference stays one table of plain cells', () => {
  const error = Object.assign(new Error(`timed out: ${HOSTILE}`), {
    outcomes: [{ python: '3.8', kind: 'ci', registry: 'ghcr.io', state: 'missing', reference: 'ghcr.io/a/b:`x`', lastError: HOSTILE }],
    missing: {},
  });
  const md = failedWaitSummary(error as unknown as Parameters<typeof failedWaitSummary>[0]);
  assert.not.match(md, /<img|\]\(|!\[/);
  const lines = md.split('\n');
  assert.is(lines.filter((l) => l.startsWith('###')).length, 1, 'only our own heading');
  const row = lines.find((l) => l.startsWith('| python 3.8'))!;
  assert.is(row.split(/(?<!\\)\|/).length, 7, 'five cells, no injected column');
});

summary('a prune summary escapes tags and names from the registry', () => {
  const md = summaryMarkdown(
    {
      registry: 'ghcr.io',
      keep: 2,
      olderThan: '7d',
      repositories: [
        { image: 'ghcr.io/a/<b>', kept: [], skipped: undefined, deletions: [{ tags: ['<script>', '[x](y)'], status: 'deleted' }] },
      ],
    } as unknown as Parameters<typeof summaryMarkdown>[0],
    false,
  );
  assert.not.match(md, /<script>|\]\(/);
  assert.ok(md.includes('&lt;script&gt;'));
});

summary('markdownTable keeps a literal pipe inside one cell', () => {
  assert.is(markdownTable(['a'], [['x|y']]), '| a |\n| --- |\n| x\\|y |');
});

summary.run();

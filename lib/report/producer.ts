/**
 * What a wait says about its producer run: the outputs producerRunId and producerRunUrl, the
 * `producer` member of the --json result, and a job-summary section (the decisions taken; after
 * a failure, the failed jobs).
 */
import { appendSummary, markdownTable, summaryText } from '../github/actions.ts';
import type { ProducerError } from '../commands/wait/producer.ts';
import type { ProducerSummary } from '../commands/wait/producer-watch.ts';
import type { ReportContext } from './context.ts';

export interface ProducerSource {
  summary(): ProducerSummary;
}

export function producerJson(summary: ProducerSummary) {
  const { run } = summary;
  return {
    watched: summary.watched,
    namedBy: summary.namedBy,
    ...(summary.reason ? { reason: summary.reason } : {}),
    ...(run ? { runId: run.id, runUrl: run.url, attempt: run.attempt, status: run.status, conclusion: run.conclusion } : {}),
    decisions: summary.decisions,
    apiRequests: summary.apiRequests,
  };
}

/** producerRunId and producerRunUrl, when a run was found. */
export function writeProducerOutputs(session: ReportContext, summary: ProducerSummary): void {
  if (!summary.run) return;
  session.output('producerRunId', String(summary.run.id));
  session.output('producerRunUrl', summary.run.url);
}

/** A link when the URL is a plain https URL (nothing that could end the link early), else the text alone. */
function link(text: string, url: string): string {
  return /^https:\/\/[A-Za-z0-9.-]+(?::\d+)?\/[A-Za-z0-9._~/%+-]*$/.test(url)
    ? `[${summaryText(text, 100)}](${url})`
    : summaryText(text, 100);
}

export function producerMarkdown(summary: ProducerSummary, error?: ProducerError): string {
  const run = summary.run;
  const heading = run
    ? `#### Producer run ${link(run.name || String(run.id), run.url)}`
    : `#### Producer run (${summaryText(summary.namedBy, 100)})`;
  const state = run
    ? `\n\n${summaryText(run.status)}${run.conclusion ? `, ${summaryText(run.conclusion)}` : ''}${run.attempt > 1 ? `, attempt ${run.attempt}` : ''}`
    : '';
  const jobs = error?.failedJobs.length
    ? `\n\nFailed jobs:\n\n${markdownTable(
        ['job', 'conclusion'],
        error.failedJobs.map((j) => [link(j.name, j.url), summaryText(j.conclusion ?? '')]),
      )}`
    : '';
  const decisions = summary.decisions.length
    ? `\n\n${markdownTable(
        ['after', 'decision'],
        summary.decisions.map((d) => [`${d.atSeconds}s`, summaryText(d.decision, 500)]),
      )}`
    : '';
  return `${heading}${state}${jobs}${decisions}\n`;
}

/** After a wait the producer stopped: the result, outputs, log lines and summary of it. */
export function reportProducerFailure(session: ReportContext, error: ProducerError, producer: ProducerSource | undefined): void {
  const summary = producer?.summary();
  if (summary) writeProducerOutputs(session, summary);
  session.result({ missing: error.missing, ...(summary ? { producer: producerJson(summary) } : {}) });
  for (const ref of error.missing) session.log(`missing: ${ref}`);
  const details = summary ? `\n\n${producerMarkdown(summary, error)}` : '\n';
  appendSummary(
    session.config,
    `### Wait stopped: the producer run will not push the images\n\n${summaryText(error.message, 2000)}${details}`,
  );
}

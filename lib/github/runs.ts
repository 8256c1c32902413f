/**
 * Workflow runs and their jobs (https://docs.github.com/rest/actions/workflow-runs and
 * /workflow-jobs, API version 2022-11-28), for the wait's producer watch:
 *
 * - GET /repos/{o}/{r}/actions/runs/{id}                                  one run, its newest attempt
 * - GET /repos/{o}/{r}/actions/workflows/{file or id}/runs?head_sha=…     a workflow's runs for a commit
 * - GET /repos/{o}/{r}/actions/runs?head_sha=…                            every run for a commit (by workflow name)
 * - GET /repos/{o}/{r}/actions/runs/{id}/attempts/{n}/jobs                the jobs of one attempt
 *
 * Every answer is checked for the fields used; anything else is an `UnexpectedAnswerError`, so
 * the caller can stop watching instead of deciding on a shape it does not know.
 */
import { readFileSync, statSync } from 'node:fs';
import { MiB } from '../support/bounded-body.ts';
import { neutralize } from '../support/network-text.ts';
import { GithubApiError, type GithubApi } from './api.ts';

export const RUN_STATUSES = ['queued', 'waiting', 'requested', 'pending', 'in_progress', 'completed'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export interface WorkflowRun {
  readonly id: number;
  readonly attempt: number;
  /** html_url, neutralized. */
  readonly url: string;
  readonly name: string;
  readonly status: RunStatus;
  /** null until completed. */
  readonly conclusion: string | null;
  readonly headSha: string;
  readonly event?: string;
}

export interface RunJob {
  readonly name: string;
  readonly url: string;
  readonly status: string;
  readonly conclusion: string | null;
}

/** An answer of a shape we do not know: the watch stops rather than guess. */
export class UnexpectedAnswerError extends GithubApiError {
  constructor(message: string) {
    super(message, 200);
    this.name = 'UnexpectedAnswerError';
  }
}

/** `owner/name` → the API path of the repository. */
function repoPath(repository: string): string {
  const [owner, name] = repository.split('/');
  return `repos/${encodeURIComponent(owner)}/${encodeURIComponent(name)}`;
}

const SHA = /^[0-9a-f]{40}$/;

export function parseRun(raw: unknown, what: string): WorkflowRun {
  const r = raw as Record<string, unknown> | null;
  const status = r?.status;
  if (
    typeof r?.id !== 'number' ||
    typeof r.html_url !== 'string' ||
    typeof status !== 'string' ||
    !(RUN_STATUSES as readonly string[]).includes(status) ||
    !(r.conclusion === null || typeof r.conclusion === 'string')
  ) {
    throw new UnexpectedAnswerError(`${what}: not a workflow run (expected id, html_url, a known status and conclusion)`);
  }
  return {
    id: r.id,
    attempt: typeof r.run_attempt === 'number' ? r.run_attempt : 1,
    url: neutralize(r.html_url, 200),
    name: neutralize(typeof r.name === 'string' ? r.name : '', 100),
    status: status as RunStatus,
    conclusion: r.conclusion === null ? null : neutralize(r.conclusion, 40),
    headSha: typeof r.head_sha === 'string' ? r.head_sha : '',
    event: typeof r.event === 'string' ? neutralize(r.event, 40) : undefined,
  };
}

export interface RunAnswer {
  readonly run: WorkflowRun;
  /** 304: unchanged since the last read. */
  readonly notModified: boolean;
}

/** One run by id (its newest attempt), conditional on the last ETag. */
export async function readRun(api: GithubApi, repository: string, runId: number): Promise<RunAnswer> {
  const what = `GET workflow run ${runId}`;
  const answer = await api.getJson(`${repoPath(repository)}/actions/runs/${runId}`, what, { conditional: true });
  return { run: parseRun(answer.data, what), notModified: answer.notModified };
}

/** A workflow named by its file (`build-images.yml`), its numeric id, or its name (`Build images`). */
export type WorkflowRef = { readonly file: string } | { readonly id: number } | { readonly name: string };

export function workflowRef(text: string): WorkflowRef {
  if (/^\d{1,20}$/.test(text)) return { id: Number(text) };
  if (/^[A-Za-z0-9._-]+\.ya?ml$/.test(text)) return { file: text };
  return { name: text };
}

/**
 * The newest run of the workflow for a commit (highest id: created last; its newest attempt is
 * what the run object shows), or undefined when there is none yet. Conditional on the last ETag.
 */
export async function findRun(
  api: GithubApi,
  repository: string,
  workflow: WorkflowRef,
  headSha: string,
): Promise<WorkflowRun | undefined> {
  const query = `head_sha=${encodeURIComponent(headSha)}&per_page=100`;
  const byName = 'name' in workflow;
  const path = byName
    ? `${repoPath(repository)}/actions/runs?${query}`
    : `${repoPath(repository)}/actions/workflows/${'file' in workflow ? encodeURIComponent(workflow.file) : workflow.id}/runs?${query}`;
  const what = `GET runs of ${byName ? `workflow "${neutralize(workflow.name, 80)}"` : 'file' in workflow ? workflow.file : `workflow ${workflow.id}`} for ${headSha.slice(0, 12)}`;
  // One page: a commit with more than 100 runs of one workflow is not a case to page through every 15 s.
  const answer = await api.getJson(path, what, { conditional: true, accept: [200, 404] });
  if (answer.status === 404) {
    throw new GithubApiError(`${what} → HTTP 404: no such workflow in ${repository} (or the token cannot see it)`, 404);
  }
  const list = (answer.data as { workflow_runs?: unknown })?.workflow_runs;
  if (!Array.isArray(list)) throw new UnexpectedAnswerError(`${what}: expected {total_count, workflow_runs: [...]}`);
  const runs = list
    .map((raw) => ({ raw, run: parseRun(raw, what) }))
    .filter(
      ({ raw, run }) =>
        (!byName || run.name === neutralize(workflow.name, 100)) && (!(raw as { head_sha?: unknown }).head_sha || run.headSha === headSha),
    );
  runs.sort((a, b) => b.run.id - a.run.id || b.run.attempt - a.run.attempt);
  return runs[0]?.run;
}

/** The jobs of one attempt of a run (every page). */
export async function attemptJobs(api: GithubApi, repository: string, run: Pick<WorkflowRun, 'id' | 'attempt'>): Promise<RunJob[]> {
  const what = `GET jobs of run ${run.id} attempt ${run.attempt}`;
  const items = await api.getPages(
    `${repoPath(repository)}/actions/runs/${run.id}/attempts/${run.attempt}/jobs?per_page=100`,
    what,
    (page) => {
      const jobs = (page as { jobs?: unknown })?.jobs;
      if (!Array.isArray(jobs)) throw new UnexpectedAnswerError(`${what}: expected {total_count, jobs: [...]}`);
      return jobs;
    },
  );
  return items.map((raw) => {
    const j = raw as Record<string, unknown> | null;
    if (typeof j?.name !== 'string' || typeof j.status !== 'string')
      throw new UnexpectedAnswerError(`${what}: a job without a name and a status`);
    return {
      name: neutralize(j.name, 100),
      url: typeof j.html_url === 'string' ? neutralize(j.html_url, 200) : '',
      status: neutralize(j.status, 40),
      conclusion: typeof j.conclusion === 'string' ? neutralize(j.conclusion, 40) : null,
    };
  });
}

/** Conclusions of a job that did not fail the run. */
const HARMLESS = new Set(['success', 'skipped', 'neutral']);

export function failedJobsOf(jobs: readonly RunJob[]): RunJob[] {
  return jobs.filter((j) => j.status === 'completed' && j.conclusion !== null && !HARMLESS.has(j.conclusion));
}

// ---- the event that started this job ($GITHUB_EVENT_PATH) ---------------------------------------

/** Payloads are at most a few MiB; anything larger is not read. */
const MAX_EVENT_BYTES = 32 * MiB;

export interface EventFacts {
  /** `workflow_run` events: the run that triggered this one. */
  readonly workflowRunId?: number;
  /** `pull_request*` events: the PR's head commit (GITHUB_SHA is the merge commit there). */
  readonly pullRequestHeadSha?: string;
}

/** What the event payload says about the producer; a missing or unreadable file says nothing. */
export function readEventFacts(path: string | undefined, eventName: string | undefined): EventFacts {
  if (!path) return {};
  try {
    if (statSync(path).size > MAX_EVENT_BYTES) return {};
    const payload = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { id?: unknown; head?: { sha?: unknown } } | undefined>;
    const runId = payload.workflow_run?.id;
    const headSha = payload.pull_request?.head?.sha;
    return {
      workflowRunId: eventName === 'workflow_run' && typeof runId === 'number' && Number.isSafeInteger(runId) ? runId : undefined,
      pullRequestHeadSha: eventName?.startsWith('pull_request') && typeof headSha === 'string' && SHA.test(headSha) ? headSha : undefined,
    };
  } catch {
    return {};
  }
}

/**
 * The workflow-runs part of the GitHub API stub (github-api-stub.ts), scripted over time — NOT
 * real GitHub. Shapes as documented (https://docs.github.com/rest/actions/workflow-runs and
 * /workflow-jobs, API version 2022-11-28):
 *
 * - GET /repos/{o}/{r}/actions/runs?head_sha=&per_page=&page=                 → {total_count, workflow_runs}
 * - GET /repos/{o}/{r}/actions/workflows/{file or id}/runs?head_sha=&…         → {total_count, workflow_runs}
 *   (404 `Not Found` for a workflow the repository does not have)
 * - GET /repos/{o}/{r}/actions/runs/{id}                                       → the run, its newest attempt
 * - GET /repos/{o}/{r}/actions/runs/{id}/jobs?per_page=&page=                  → {total_count, jobs} of the newest attempt
 * - GET /repos/{o}/{r}/actions/runs/{id}/attempts/{n}/jobs?per_page=&page=     → {total_count, jobs} of attempt n
 *
 * A run follows its `timeline`: each step applies at `atMs` after the stub's first request (`status`,
 * `conclusion`, a new `attempt` with its `jobs`); before its first step the run does not exist.
 * Status values: queued, waiting, requested, pending, in_progress, completed; conclusions:
 * success, failure, neutral, cancelled, skipped, timed_out, action_required, startup_failure, stale.
 */

export interface StubJob {
  readonly name: string;
  readonly conclusion: string | null;
  readonly status?: string;
}

export interface StubRunStep {
  readonly atMs: number;
  readonly attempt?: number;
  readonly status: string;
  readonly conclusion?: string | null;
  /** The jobs of this step's attempt (kept until a later step of the same attempt replaces them). */
  readonly jobs?: readonly StubJob[];
}

export interface StubRun {
  readonly id: number;
  readonly owner: string;
  readonly repo: string;
  /** `build-images.yml`; the workflow's numeric id is `workflowId`. */
  readonly workflowFile: string;
  readonly workflowId: number;
  readonly name: string;
  readonly headSha: string;
  readonly event?: string;
  readonly timeline: readonly StubRunStep[];
}

export interface Answer {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Record<string, string>;
}

interface RunState {
  readonly attempt: number;
  readonly status: string;
  readonly conclusion: string | null;
  readonly jobs: ReadonlyMap<number, readonly StubJob[]>;
}

const DOCS = 'https://docs.github.com/rest/actions/workflow-runs';

/** The run as it stands `elapsedMs` after the start, or undefined before its first step. */
export function runState(run: StubRun, elapsedMs: number): RunState | undefined {
  let state: RunState | undefined;
  for (const step of run.timeline) {
    if (step.atMs > elapsedMs) break;
    const attempt = step.attempt ?? state?.attempt ?? 1;
    const jobs = new Map(state?.jobs ?? []);
    if (step.jobs) jobs.set(attempt, step.jobs);
    state = { attempt, status: step.status, conclusion: step.status === 'completed' ? (step.conclusion ?? 'success') : null, jobs };
  }
  return state;
}

export function actionsRoute(runs: readonly StubRun[], base: string, url: URL, elapsedMs: number, maxPerPage: number): Answer | undefined {
  const match = /^\/repos\/([^/]+)\/([^/]+)\/actions\/(.+)$/.exec(url.pathname);
  if (!match) return undefined;
  const [, owner, repo, rest] = match;
  const mine = runs.filter((r) => r.owner.toLowerCase() === owner.toLowerCase() && r.repo.toLowerCase() === repo.toLowerCase());
  const notFound: Answer = { status: 404, body: { message: 'Not Found', documentation_url: DOCS } };
  const runJson = (run: StubRun, state: RunState) => ({
    id: run.id,
    name: run.name,
    node_id: `WFR_${run.id}`,
    head_branch: 'main',
    head_sha: run.headSha,
    path: `.github/workflows/${run.workflowFile}`,
    run_number: run.id % 1000,
    run_attempt: state.attempt,
    event: run.event ?? 'push',
    status: state.status,
    conclusion: state.conclusion,
    workflow_id: run.workflowId,
    url: `${base}/repos/${run.owner}/${run.repo}/actions/runs/${run.id}`,
    html_url: `https://github.com/${run.owner}/${run.repo}/actions/runs/${run.id}`,
    jobs_url: `${base}/repos/${run.owner}/${run.repo}/actions/runs/${run.id}/jobs`,
    created_at: '2021-06-01T10:00:00Z',
    updated_at: '2021-06-01T10:00:00Z',
  });
  const page = <T>(items: readonly T[]) => {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30) || 30, 100, maxPerPage);
    const n = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (p: number) => {
      const next = new URL(url.href.replace(url.origin, base));
      next.searchParams.set('per_page', String(perPage));
      next.searchParams.set('page', String(p));
      return next.href;
    };
    const links: string[] = [];
    if (n > 1) links.push(`<${link(n - 1)}>; rel="prev"`, `<${link(1)}>; rel="first"`);
    if (n < last) links.push(`<${link(n + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`);
    return { slice: items.slice((n - 1) * perPage, n * perPage), headers: links.length ? { link: links.join(', ') } : undefined };
  };
  const listing = (candidates: readonly StubRun[]): Answer => {
    const sha = url.searchParams.get('head_sha');
    const present = candidates
      .map((run) => ({ run, state: runState(run, elapsedMs) }))
      .filter((x): x is { run: StubRun; state: RunState } => x.state !== undefined && (!sha || x.run.headSha === sha))
      .sort((a, b) => b.run.id - a.run.id);
    const { slice, headers } = page(present);
    return { status: 200, body: { total_count: present.length, workflow_runs: slice.map((x) => runJson(x.run, x.state)) }, headers };
  };

  if (rest === 'runs') return listing(mine);
  const workflowRuns = /^workflows\/([^/]+)\/runs$/.exec(rest);
  if (workflowRuns) {
    const id = decodeURIComponent(workflowRuns[1]);
    const ofWorkflow = mine.filter((r) => r.workflowFile === id || String(r.workflowId) === id);
    return ofWorkflow.length ? listing(ofWorkflow) : notFound;
  }
  const single = /^runs\/(\d+)(?:\/attempts\/(\d+))?(\/jobs)?$/.exec(rest);
  if (!single) return notFound;
  const run = mine.find((r) => r.id === Number(single[1]));
  const state = run && runState(run, elapsedMs);
  if (!run || !state) return notFound;
  if (!single[3]) return single[2] ? notFound : { status: 200, body: runJson(run, state) };
  const attempt = single[2] ? Number(single[2]) : state.attempt;
  if (attempt < 1 || attempt > state.attempt) return notFound;
  const jobs = (state.jobs.get(attempt) ?? []).map((job, i) => ({
    id: run.id * 100 + i,
    run_id: run.id,
    run_attempt: attempt,
    name: job.name,
    status: job.status ?? (attempt < state.attempt || state.status === 'completed' ? 'completed' : 'in_progress'),
    conclusion: job.conclusion,
    html_url: `https://github.com/${run.owner}/${run.repo}/actions/runs/${run.id}/job/${run.id * 100 + i}`,
    started_at: '2021-06-01T10:00:00Z',
    completed_at: job.conclusion === null ? null : '2021-06-01T10:03:00Z',
  }));
  const { slice, headers } = page(jobs);
  return { status: 200, body: { total_count: jobs.length, jobs: slice }, headers };
}

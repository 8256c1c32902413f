/**
 * Fakes for the layer tests: an answer as an inner layer would give it, and an inner exchange that
 * records what reached it. Each layer is tested alone around these; the real stack is tested
 * against a real registry in test/itg/registry and test/itg/reliability.
 */
import { Readable } from 'node:stream';
import type { Exchange, Request, Sent } from '../../../../lib/registry/transport/index.ts';
import { bufferedResponse, ResponseHeaders, type HttpResponse } from '../../../../lib/support/http.ts';

export interface FakeAnswer {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: string | Buffer;
}

export function buffered(answer: FakeAnswer): HttpResponse {
  return bufferedResponse({ status: answer.status, headers: new ResponseHeaders(answer.headers ?? {}) }, Buffer.from(answer.body ?? ''));
}

/** An unread answer, as node:http gives it (the body still flowing). */
export function streamed(answer: FakeAnswer): HttpResponse {
  const body = Readable.from(answer.body === undefined ? [] : [Buffer.from(answer.body)]);
  const { status } = answer;
  return { status, ok: status >= 200 && status < 300, headers: new ResponseHeaders(answer.headers ?? {}), body };
}

export const REGISTRY = 'registry.test';
export const BASE = 'https://registry.test';

export function request(overrides: Partial<Request> = {}): Request {
  const url = `${BASE}/v2/apache/airflow/manifests/1`;
  return { method: 'GET', url, registry: REGISTRY, scopes: ['repository:apache/airflow:pull'], what: 'GET manifest', ...overrides };
}

/** An inner exchange answering from a script (one answer or error per call, the last one repeated) and recording each request. */
type Step = FakeAnswer | Error | ((request: Request) => FakeAnswer | Error);

export function fakeInner(script: Step[]): Exchange & { readonly seen: Request[] } {
  const seen: Request[] = [];
  const inner = async (req: Request): Promise<Sent> => {
    seen.push(req);
    const step = script[Math.min(seen.length - 1, script.length - 1)];
    const answer = step instanceof Error ? step : typeof step === 'function' ? step(req) : step;
    if (answer instanceof Error) throw answer;
    return { response: buffered(answer), url: req.url, abort: () => undefined, deadline: req.deadline };
  };
  return Object.assign(inner, { seen });
}

/**
 * A counting HTTP proxy (plain node:http) in front of a registry: every request is forwarded as is
 * (the client's Host header is kept, so the registry's upload Locations point back at the proxy),
 * bodies are streamed both ways, and each request is logged. Lets the benchmarks count the
 * requests of any client: child processes, skopeo, curl.
 */
import { createServer, request as httpRequest, Agent, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { performance } from 'node:perf_hooks';

export interface ProxyRecord {
  readonly method: string;
  readonly path: string;
  status?: number;
  /** performance.now() at arrival, and when the response was complete. */
  readonly at: number;
  doneAt?: number;
  bytesIn: number;
  bytesOut: number;
}

export interface CountingProxy {
  /** `127.0.0.1:PORT` */
  readonly host: string;
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  /** Every HTTP request, in arrival order. */
  readonly log: ProxyRecord[];
  /** Connections that did not speak HTTP (e.g. a TLS ClientHello sent to this plain-http port). */
  nonHttp: number;
  /** Forget the log and counters. */
  reset(): void;
  stop(): Promise<void>;
}

export type RequestKind = 'ping' | 'manifest' | 'blob-get' | 'blob-head' | 'mount' | 'upload' | 'token' | 'other';

/** What a registry request was for, from its method and path. */
export function requestKind(record: Pick<ProxyRecord, 'method' | 'path'>): RequestKind {
  const { method, path } = record;
  if (/^\/v2\/?$/.test(path)) return 'ping';
  if (/\/manifests\//.test(path)) return 'manifest';
  if (/\/blobs\/uploads\/?\?.*\bmount=/.test(path) && method === 'POST') return 'mount';
  if (/\/blobs\/uploads/.test(path)) return 'upload';
  if (/\/blobs\//.test(path)) return method === 'HEAD' ? 'blob-head' : 'blob-get';
  if (/\/token/.test(path)) return 'token';
  return 'other';
}

export async function startCountingProxy(upstream: string): Promise<CountingProxy> {
  const target = new URL(upstream);
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const sockets = new Set<Socket>();
  const log: ProxyRecord[] = [];
  const server: Server = createServer((req, res) => {
    const record: ProxyRecord = { method: req.method ?? 'GET', path: req.url ?? '/', at: performance.now(), bytesIn: 0, bytesOut: 0 };
    log.push(record);
    req.on('data', (chunk: Buffer) => (record.bytesIn += chunk.length));
    const upstreamRequest = httpRequest(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers, agent },
      (upstreamResponse) => {
        record.status = upstreamResponse.statusCode;
        res.writeHead(upstreamResponse.statusCode ?? 502, upstreamResponse.headers);
        upstreamResponse.on('data', (chunk: Buffer) => (record.bytesOut += chunk.length));
        upstreamResponse.on('end', () => (record.doneAt = performance.now()));
        upstreamResponse.pipe(res);
      },
    );
    upstreamRequest.on('error', () => {
      record.status = 502;
      if (!res.headersSent) res.writeHead(502).end();
      else res.destroy();
    });
    req.pipe(upstreamRequest);
  });
  const proxy = {
    host: '',
    url: '',
    log,
    nonHttp: 0,
    reset() {
      log.length = 0;
      proxy.nonHttp = 0;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        agent.destroy();
        server.close(() => resolve());
      }),
  };
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('clientError', (_error, socket) => {
    proxy.nonHttp++;
    socket.destroy();
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  proxy.host = `127.0.0.1:${port}`;
  proxy.url = `http://127.0.0.1:${port}`;
  return proxy;
}

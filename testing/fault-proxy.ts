/**
 * A fault-injecting HTTP proxy in front of the real test registry (plain node:http, no dependencies),
 * and a second loopback "storage" host for blob redirects.
 *
 *   startFaultProxy(upstream, { seed?, preserveHost? }): Promise<FaultProxy>
 *     Listens on 127.0.0.1:<random port> and forwards every request to `upstream`
 *     (`http://127.0.0.1:PORT`): method, path+query, headers and bodies (streamed both ways).
 *     Hop-by-hop headers (Connection and the headers it names, Keep-Alive, TE, Trailer,
 *     Transfer-Encoding, Upgrade, Proxy-*) are stripped. `Host` is set to the upstream host (as
 *     nginx `proxy_pass` does; `preserveHost: true` passes the client's), and absolute `Location`
 *     headers whose origin is the upstream are rewritten to the proxy's origin, so blob upload
 *     sessions (POST/PATCH/PUT) keep going through the proxy. Nothing else is rewritten.
 *
 *   FaultProxy.addRule(rule) / clearRules()
 *     Rules are checked in insertion order for each request; the first one that fires wins.
 *     A rule matches when `method` (case-insensitive; undefined = any) matches and `path` (a RegExp)
 *     matches the request path+query. It then fires unless it already fired `times` times
 *     (default: unlimited) or, with `probability`, unless the seeded PRNG (mulberry32, `seed`,
 *     default 1) draws >= probability. The PRNG is drawn only for rules that match and still
 *     have `times` left, so the same seed + the same request sequence fires on the same requests.
 *     addRule returns a handle whose `fired` counts how often the rule fired.
 *
 *   Faults:
 *     status   answer `status` with `headers` and `body` (e.g. 503, or 429 + retry-after), no upstream call
 *     reset    destroy the socket with a TCP RST, no answer (the client sees ECONNRESET / "fetch failed")
 *     stall    accept and send nothing for `ms`, then reset (use it against client timeouts)
 *     delay    hold the request `ms`, then forward it (a slow, healthy registry)
 *     truncate forward to upstream, send the head (original content-length) and the first `bytes`
 *              bytes of the body, then close the socket (bodies shorter than `bytes` pass intact)
 *     redirect answer 307 with `Location: ${to}${path+query}` (e.g. to startRedirectTarget().url)
 *
 *   FaultProxy.log: every request in arrival order, { time: Date.now() on arrival, method, path
 *     (path+query), fault?: label of the fault that fired ('status:503', 'reset', 'stall:5000',
 *     'truncate:10', 'redirect'), status?: the status sent to the client (absent for reset/stall) }.
 *   FaultProxy.stop(): closes the server and every socket, cancels stalls.
 *
 *   startRedirectTarget(upstream, { upstreamAuthorization? }): Promise<RedirectTarget>
 *     A second loopback host standing in for blob storage behind a redirect: answers GET/HEAD of
 *     `/v2/<name>/blobs/<digest>` (any path, in fact) by fetching the same path from `upstream` itself
 *     (forwarding Accept/Range/If-None-Match; never the caller's Authorization) with
 *     `upstreamAuthorization` as its own credential, like a pre-signed URL. It records every
 *     Authorization header it receives (`authorizationHeaders`), the request count and paths.
 */
import {
  createServer,
  request as httpRequest,
  Agent,
  type IncomingMessage,
  type ServerResponse,
  type OutgoingHttpHeaders,
  type Server,
} from 'node:http';
import type { Socket } from 'node:net';

export type Fault =
  | { readonly kind: 'status'; readonly status: number; readonly headers?: Readonly<Record<string, string>>; readonly body?: string }
  | { readonly kind: 'reset' }
  | { readonly kind: 'stall'; readonly ms: number }
  /** Hold the request `ms`, then forward it untouched (a slow but healthy registry). */
  | { readonly kind: 'delay'; readonly ms: number }
  | { readonly kind: 'truncate'; readonly bytes: number }
  | { readonly kind: 'redirect'; readonly to: string };

export interface FaultRule {
  /** 'GET' | 'HEAD' | ...; undefined = any method. */
  readonly method?: string;
  /** Matched against the request path+query (e.g. `/v2/x/blobs/sha256:...?a=b`). */
  readonly path: RegExp;
  readonly fault: Fault;
  /** Fire at most this many times, then pass through. Default: unlimited. */
  readonly times?: number;
  /** 0..1: fire with this probability, drawn from the proxy's seeded PRNG. Default: always. */
  readonly probability?: number;
}

export interface RuleHandle {
  readonly rule: FaultRule;
  /** How many times the rule fired so far. */
  readonly fired: number;
}

export interface FaultLogEntry {
  /** Date.now() when the request arrived. */
  readonly time: number;
  readonly method: string;
  /** Path + query. */
  readonly path: string;
  /** Label of the fault that fired: 'status:503', 'reset', 'stall:5000', 'truncate:10', 'redirect'. */
  fault?: string;
  /** Status sent to the client (fault or upstream); absent when no answer was sent. */
  status?: number;
}

export interface FaultProxyOptions {
  /** Seed of the PRNG used for `probability` rules. Default 1. */
  readonly seed?: number;
  /** Pass the client's Host header to the upstream instead of the upstream's host. */
  readonly preserveHost?: boolean;
}

export interface FaultProxy {
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  /** `127.0.0.1:PORT` */
  readonly host: string;
  readonly upstream: string;
  addRule(rule: FaultRule): RuleHandle;
  clearRules(): void;
  readonly log: FaultLogEntry[];
  /** Most requests in flight at once (arrived, response not finished), since start. */
  readonly maxInFlight: number;
  stop(): Promise<void>;
}

export interface RedirectTargetOptions {
  /** Authorization header the target itself sends to the upstream registry (token/basic mode). */
  readonly upstreamAuthorization?: string;
}

export interface RedirectTarget {
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  /** `127.0.0.1:PORT` */
  readonly host: string;
  /** Every Authorization header received, in order (requests without one add nothing). */
  readonly authorizationHeaders: string[];
  /** Paths (with query) of every request received. */
  readonly paths: string[];
  /** Number of requests received. */
  readonly requests: number;
  stop(): Promise<void>;
}

/** mulberry32: a tiny, seedable 32-bit PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'trailers',
  'transfer-encoding',
  'upgrade',
]);

/** Headers from rawHeaders minus hop-by-hop ones (and those named in Connection), duplicates kept. */
function endToEndHeaders(rawHeaders: string[]): Map<string, { name: string; values: string[] }> {
  const dropped = new Set(HOP_BY_HOP);
  for (let i = 0; i < rawHeaders.length; i += 2) {
    if (rawHeaders[i].toLowerCase() === 'connection') {
      for (const token of rawHeaders[i + 1].split(',')) dropped.add(token.trim().toLowerCase());
    }
  }
  const headers = new Map<string, { name: string; values: string[] }>();
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = rawHeaders[i];
    const key = name.toLowerCase();
    if (dropped.has(key)) continue;
    const entry = headers.get(key) ?? { name, values: [] };
    entry.values.push(rawHeaders[i + 1]);
    headers.set(key, entry);
  }
  return headers;
}

function toOutgoing(headers: Map<string, { name: string; values: string[] }>): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = {};
  for (const { name, values } of headers.values()) out[name] = values.length === 1 ? values[0] : values;
  return out;
}

function faultLabel(fault: Fault): string {
  switch (fault.kind) {
    case 'status':
      return `status:${fault.status}`;
    case 'stall':
      return `stall:${fault.ms}`;
    case 'delay':
      return `delay:${fault.ms}`;
    case 'truncate':
      return `truncate:${fault.bytes}`;
    default:
      return fault.kind;
  }
}

function resetSocket(socket: Socket | null | undefined): void {
  if (!socket || socket.destroyed) return;
  if (typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy();
  else socket.destroy();
}

interface Listening {
  server: Server;
  port: number;
  sockets: Set<Socket>;
}

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<Listening> {
  const server = createServer(handler);
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  // A client error on one connection (e.g. a reset mid-request) must not crash the test process.
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, port, sockets };
}

async function close({ server, sockets }: Listening): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  for (const socket of sockets) socket.destroy();
  server.closeAllConnections();
  await closed;
}

function upstreamOrigin(upstream: string): URL {
  const url = new URL(upstream);
  if (url.protocol !== 'http:') throw new Error(`fault proxy upstream must be http://: ${upstream}`);
  return url;
}

export async function startFaultProxy(upstream: string, options: FaultProxyOptions = {}): Promise<FaultProxy> {
  const up = upstreamOrigin(upstream);
  const random = mulberry32(options.seed ?? 1);
  const rules: Array<{ rule: FaultRule; fired: number }> = [];
  const log: FaultLogEntry[] = [];
  const stalls = new Set<NodeJS.Timeout>();
  const agent = new Agent({ keepAlive: true });
  let origin = '';

  function pick(method: string, path: string): { rule: FaultRule; fired: number } | undefined {
    for (const state of rules) {
      const { rule } = state;
      if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) continue;
      rule.path.lastIndex = 0;
      if (!rule.path.test(path)) continue;
      if (rule.times !== undefined && state.fired >= rule.times) continue;
      if (rule.probability !== undefined && !(random() < rule.probability)) continue;
      state.fired++;
      return state;
    }
    return undefined;
  }

  function rewriteLocation(value: string): string {
    try {
      const url = new URL(value);
      if (url.origin !== up.origin) return value;
      return `${origin}${url.pathname}${url.search}${url.hash}`;
    } catch {
      return value; // relative: resolves against the proxy already
    }
  }

  function forward(req: IncomingMessage, res: ServerResponse, entry: FaultLogEntry, truncateAt?: number): void {
    const headers = endToEndHeaders(req.rawHeaders);
    if (!options.preserveHost) headers.set('host', { name: 'Host', values: [up.host] });
    const upReq = httpRequest({
      protocol: 'http:',
      hostname: up.hostname,
      port: up.port,
      method: req.method,
      path: req.url,
      headers: toOutgoing(headers),
      agent,
      setHost: false,
    });
    // The client went away before we answered completely: drop the upstream exchange too.
    res.once('close', () => {
      if (!res.writableFinished) upReq.destroy();
    });
    upReq.on('error', (error) => {
      if (res.headersSent || res.destroyed) {
        res.destroy();
        return;
      }
      entry.status = 502;
      res.writeHead(502, { 'content-type': 'text/plain' }).end(`fault proxy: upstream error: ${error.message}\n`);
    });
    upReq.on('response', (upRes) => {
      const out = endToEndHeaders(upRes.rawHeaders);
      const location = out.get('location');
      if (location) location.values = location.values.map(rewriteLocation);
      const status = upRes.statusCode ?? 502;
      entry.status = status;
      res.writeHead(status, upRes.statusMessage, toOutgoing(out));
      upRes.on('error', () => res.destroy());
      if (truncateAt === undefined) {
        upRes.pipe(res);
        return;
      }
      const socket = res.socket;
      let sent = 0;
      let cut = false;
      const cutHere = (last: Buffer) => {
        cut = true;
        upRes.destroy();
        if (last.length > 0) res.write(last);
        else res.flushHeaders();
        // end() flushes what was written (head + the first bytes), then the connection goes away.
        if (socket) {
          socket.once('finish', () => socket.destroy());
          socket.end();
        } else res.destroy();
      };
      if (truncateAt <= 0 && req.method !== 'HEAD') {
        cutHere(Buffer.alloc(0));
        return;
      }
      upRes.on('data', (chunk: Buffer) => {
        if (cut) return;
        const room = truncateAt - sent;
        if (chunk.length < room) {
          sent += chunk.length;
          if (!res.write(chunk)) {
            upRes.pause();
            res.once('drain', () => upRes.resume());
          }
          return;
        }
        cutHere(chunk.subarray(0, room));
      });
      upRes.on('end', () => {
        if (!cut) res.end();
      });
    });
    req.pipe(upReq);
    req.on('error', () => upReq.destroy());
  }

  let inFlight = 0;
  let maxInFlight = 0;
  const listening = await listen((req, res) => {
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    const entry: FaultLogEntry = { time: Date.now(), method, path };
    log.push(entry);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.once('close', () => inFlight--);
    const fired = pick(method, path);
    if (!fired) {
      forward(req, res, entry);
      return;
    }
    const fault = fired.rule.fault;
    entry.fault = faultLabel(fault);
    switch (fault.kind) {
      case 'status': {
        req.resume();
        const body = fault.body ?? '';
        entry.status = fault.status;
        res.writeHead(fault.status, {
          ...(body ? { 'content-type': 'text/plain; charset=utf-8' } : {}),
          ...fault.headers,
          'content-length': Buffer.byteLength(body),
        });
        res.end(body);
        return;
      }
      case 'reset':
        resetSocket(req.socket);
        return;
      case 'stall': {
        const socket = req.socket;
        const timer = setTimeout(() => {
          stalls.delete(timer);
          resetSocket(socket);
        }, fault.ms);
        stalls.add(timer);
        socket.once('close', () => {
          clearTimeout(timer);
          stalls.delete(timer);
        });
        return;
      }
      case 'truncate':
        forward(req, res, entry, fault.bytes);
        return;
      case 'delay': {
        const timer = setTimeout(() => {
          stalls.delete(timer);
          forward(req, res, entry);
        }, fault.ms);
        stalls.add(timer);
        return;
      }
      case 'redirect': {
        req.resume();
        entry.status = 307;
        res.writeHead(307, { location: `${fault.to.replace(/\/+$/, '')}${path}`, 'content-length': 0 });
        res.end();
        return;
      }
    }
  });
  origin = `http://127.0.0.1:${listening.port}`;

  return {
    url: origin,
    host: `127.0.0.1:${listening.port}`,
    upstream: up.origin,
    log,
    get maxInFlight() {
      return maxInFlight;
    },
    addRule(rule: FaultRule): RuleHandle {
      if (rule.probability !== undefined && !(rule.probability >= 0 && rule.probability <= 1)) {
        throw new Error(`fault rule probability must be within 0..1, got ${rule.probability}`);
      }
      const state = { rule, fired: 0 };
      rules.push(state);
      return {
        rule,
        get fired() {
          return state.fired;
        },
      };
    },
    clearRules() {
      rules.length = 0;
    },
    async stop() {
      for (const timer of stalls) clearTimeout(timer);
      stalls.clear();
      await close(listening);
      agent.destroy();
    },
  };
}

const TARGET_FORWARDED = ['accept', 'range', 'if-none-match', 'if-match', 'if-modified-since', 'user-agent'];

export async function startRedirectTarget(upstream: string, options: RedirectTargetOptions = {}): Promise<RedirectTarget> {
  const up = upstreamOrigin(upstream);
  const authorizationHeaders: string[] = [];
  const paths: string[] = [];
  let requests = 0;
  const agent = new Agent({ keepAlive: true });

  const listening = await listen((req, res) => {
    requests++;
    paths.push(req.url ?? '/');
    for (let i = 0; i < req.rawHeaders.length; i += 2) {
      if (req.rawHeaders[i].toLowerCase() === 'authorization') authorizationHeaders.push(req.rawHeaders[i + 1]);
    }
    req.resume();
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-length': 0 }).end();
      return;
    }
    const headers: OutgoingHttpHeaders = { host: up.host };
    for (const name of TARGET_FORWARDED) {
      const value = req.headers[name];
      if (value !== undefined) headers[name] = value;
    }
    if (options.upstreamAuthorization) headers.authorization = options.upstreamAuthorization;
    const upReq = httpRequest({ hostname: up.hostname, port: up.port, method: req.method, path: req.url, headers, agent });
    res.once('close', () => {
      if (!res.writableFinished) upReq.destroy();
    });
    upReq.on('error', (error) => {
      if (res.headersSent) res.destroy();
      else res.writeHead(502, { 'content-type': 'text/plain' }).end(`redirect target: upstream error: ${error.message}\n`);
    });
    upReq.on('response', (upRes) => {
      // Storage answers for itself: the registry's auth challenge is not passed on.
      const out = endToEndHeaders(upRes.rawHeaders);
      out.delete('www-authenticate');
      res.writeHead(upRes.statusCode ?? 502, upRes.statusMessage, toOutgoing(out));
      upRes.on('error', () => res.destroy());
      upRes.pipe(res);
    });
    upReq.end();
  });

  return {
    url: `http://127.0.0.1:${listening.port}`,
    host: `127.0.0.1:${listening.port}`,
    authorizationHeaders,
    paths,
    get requests() {
      return requests;
    },
    async stop() {
      await close(listening);
      agent.destroy();
    },
  };
}

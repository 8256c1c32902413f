/**
 * A hostile HTTP server on 127.0.0.1 (plain node:http): each test scripts what it answers, request
 * by request, and reads back everything it received (headers included). It stands in for a
 * registry, a token service, a blob store or GitHub's API that lies, loops, floods or trickles,
 * which no real server does on demand.
 *
 *   startHostileServer(): Promise<HostileServer>
 *   server.script(handler)   handler(request, n) → Answer (n counts requests from 1); replaces the
 *                            previous script; without one every request gets 404
 *   server.requests          every request received: method, path (with query), headers, body
 *   server.reset()           forgets requests and the script
 *   server.stop()            closes the server and every socket, ends every trickle
 *
 * Answers: `status`, `headers`, `body` (string or Buffer), or a generated body:
 *   `stream: { total, chunk }`      `total` bytes in `chunk`-sized writes, as fast as the client reads
 *   `trickle: { bytes, everyMs }`   one write of `bytes` every `everyMs` until the client goes away
 *   `hold: true`                    send the head and then nothing (the client must give up)
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface HostileRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  readonly time: number;
}

export interface Answer {
  readonly status?: number;
  readonly headers?: Record<string, string>;
  readonly body?: string | Buffer;
  readonly stream?: { readonly total: number; readonly chunk: number };
  readonly trickle?: { readonly bytes: number; readonly everyMs: number };
  readonly hold?: boolean;
}

export type Script = (request: HostileRequest, n: number) => Answer | Promise<Answer>;

export interface HostileServer {
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  /** `127.0.0.1:PORT` */
  readonly host: string;
  readonly requests: HostileRequest[];
  /** Bytes written in answer bodies, all requests together. */
  readonly bytesSent: () => number;
  script(handler: Script): void;
  reset(): void;
  stop(): Promise<void>;
}

export async function startHostileServer(): Promise<HostileServer> {
  const requests: HostileRequest[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let handler: Script | undefined;
  let sent = 0;

  const write = (res: ServerResponse, data: Buffer) => {
    sent += data.length;
    return res.write(data);
  };

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const request: HostileRequest = {
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      headers: req.headers,
      body: Buffer.concat(chunks),
      time: Date.now(),
    };
    requests.push(request);
    let answer: Answer;
    try {
      answer = handler ? await handler(request, requests.length) : { status: 404 };
    } catch (error) {
      answer = { status: 500, body: `script failed: ${String(error)}` };
    }
    res.on('error', () => undefined);
    const body = typeof answer.body === 'string' ? Buffer.from(answer.body) : answer.body;
    const headers: Record<string, string> = { ...answer.headers };
    if (body && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-length')) headers['content-length'] = String(body.length);
    res.writeHead(answer.status ?? 200, headers);
    if (answer.hold) return void res.flushHeaders();
    if (answer.trickle) {
      const { bytes, everyMs } = answer.trickle;
      const timer = setInterval(() => {
        if (res.destroyed || res.writableEnded) {
          clearInterval(timer);
          timers.delete(timer);
          return;
        }
        write(res, Buffer.alloc(bytes, 0x61));
      }, everyMs);
      timers.add(timer);
      res.on('close', () => {
        clearInterval(timer);
        timers.delete(timer);
      });
      return;
    }
    if (answer.stream) {
      const { total, chunk } = answer.stream;
      const piece = Buffer.alloc(chunk, 0x62);
      let left = total;
      const pump = () => {
        while (left > 0 && !res.destroyed) {
          const n = Math.min(left, chunk);
          left -= n;
          if (!write(res, n === chunk ? piece : piece.subarray(0, n))) return void res.once('drain', pump);
        }
        if (!res.destroyed) res.end();
      };
      return pump();
    }
    if (body) sent += body.length;
    res.end(body);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    requests,
    bytesSent: () => sent,
    script(next) {
      handler = next;
    },
    reset() {
      requests.length = 0;
      handler = undefined;
      sent = 0;
    },
    async stop() {
      for (const timer of timers) clearInterval(timer);
      timers.clear();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

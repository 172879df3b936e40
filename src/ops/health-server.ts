import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * /healthz and /metrics over plain HTTP, for a container health check, a supervisor or Prometheus.
 * Read-only: anything but GET or HEAD on those two paths is refused, and no request can change
 * the bot. Binds to loopback unless told otherwise (HEALTH_HOST).
 */

export interface HealthStatus {
  ok: boolean;
  /** Shown in the JSON body, e.g. the gateway state and the knowledge version. */
  details: Record<string, unknown>;
}

export interface HealthServerOptions {
  host: string;
  /** 0 picks a free port; the address actually bound is in `url`. */
  port: number;
  status(): HealthStatus;
  metrics?: { render(): Promise<string>; contentType: string };
}

export interface HealthServer {
  url: string;
  close(): Promise<void>;
}

export class HealthServerError extends Error {
  override name = 'HealthServerError';
}

function send(res: ServerResponse, status: number, type: string, body: string, head: boolean): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body) });
  res.end(head ? undefined : body);
}

async function handle(req: IncomingMessage, res: ServerResponse, options: HealthServerOptions): Promise<void> {
  const path = (req.url ?? '/').split('?')[0];
  const known = path === '/healthz' || (path === '/metrics' && options.metrics !== undefined);
  if (!known) return send(res, 404, 'text/plain; charset=utf-8', 'not found: try /healthz or /metrics\n', false);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed\n', false);
  }
  const head = req.method === 'HEAD';
  if (path === '/healthz') {
    const status = options.status();
    return send(res, status.ok ? 200 : 503, 'application/json', `${JSON.stringify({ status: status.ok ? 'ok' : 'unavailable', ...status.details })}\n`, head);
  }
  const metrics = options.metrics as NonNullable<HealthServerOptions['metrics']>;
  send(res, 200, metrics.contentType, await metrics.render(), head);
}

const LISTEN_HINTS: Record<string, string> = {
  EADDRINUSE: 'is already in use; choose another HEALTH_PORT or stop whatever holds it',
  EACCES: 'needs privileges this user lacks; choose a HEALTH_PORT above 1023',
  EADDRNOTAVAIL: 'is not an address of this machine; check HEALTH_HOST',
  ENOTFOUND: 'could not be looked up; check HEALTH_HOST',
  EAI_AGAIN: 'could not be looked up; check HEALTH_HOST',
};

export function startHealthServer(options: HealthServerOptions): Promise<HealthServer> {
  const server = createServer((req, res) => {
    handle(req, res, options).catch((err: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', `internal error: ${(err as Error).message}\n`, false);
      else res.destroy();
    });
  });
  // Keep-alive sockets of a scraper must not hold the process open once the bot stops.
  server.keepAliveTimeout = 5000;
  return new Promise((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      const hint = LISTEN_HINTS[err.code ?? ''] ?? `failed: ${err.message}`;
      reject(new HealthServerError(`The health server could not listen on ${options.host}:${options.port}: the address ${hint}.`));
    });
    server.listen(options.port, options.host, () => {
      const { address, port } = server.address() as AddressInfo;
      const host = address.includes(':') ? `[${address}]` : address;
      resolve({
        url: `http://${host}:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

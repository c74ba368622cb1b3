/**
 * The HTTP server of `entente serve`, on 127.0.0.1 only: the built explorer, the graph as /graph.json (what the page
 * loads by default) and the read-only API (api.ts). GET and HEAD only. A request whose Host is not this loopback
 * address and port is refused, so a page on another site cannot reach the API through a DNS name rebound to
 * 127.0.0.1. Every response carries the explorer's Content-Security-Policy and nosniff.
 */
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { handleApi, type ApiContext } from './api.js';
import { resolveStatic } from './static-files.js';

/** The policy of apps/explorer/index.html, sent as a header as well (a header also covers the JSON and the graph). */
export const CSP =
  "default-src 'none'; script-src 'self'; worker-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'";

export interface ServeOptions {
  /** Absolute real path of the built explorer (its index.html); undefined serves the graph and the API only. */
  appDir: string | undefined;
  graphFile: string;
  api: ApiContext;
  port: number;
  /** Try the next ports when `port` is taken (the default port); an explicit --port fails instead. */
  tryNextPorts: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const HEADERS = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
};

export async function startServer(o: ServeOptions): Promise<RunningServer> {
  let port = o.port;
  const server: Server = createServer((req, res) => {
    handle(req, res, o, port).catch((error: unknown) => {
      // A bug, not the user's request: say so in one line, keep serving.
      process.stderr.write(`entente serve: ${req.url?.slice(0, 200)}: ${(error as Error)?.message ?? String(error)}\n`);
      if (!res.headersSent) send(res, 500, { error: 'internal error (see the server log)' });
      else res.destroy();
    });
  });
  for (let attempt = 0; ; attempt++) {
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
          server.off('error', reject);
          resolve();
        });
      });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || !o.tryNextPorts || attempt >= 20) throw error;
      port += 1;
    }
  }
  const address = server.address();
  if (address && typeof address === 'object') port = address.port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function send(res: ServerResponse, status: number, body: unknown, head = false): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { ...HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(json) });
  res.end(head ? undefined : json);
}

async function handle(req: IncomingMessage, res: ServerResponse, o: ServeOptions, port: number): Promise<void> {
  const host = req.headers.host ?? '';
  if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(res, 403, { error: `this server answers requests for 127.0.0.1:${port} only, not for host "${host.slice(0, 80)}"` });
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return send(res, 405, { error: `method ${String(req.method).slice(0, 10)} not allowed: this server is read-only` });
  }
  const head = req.method === 'HEAD';
  let url: URL;
  try {
    url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
  } catch {
    return send(res, 400, { error: 'malformed request URL' }, head);
  }
  if (url.pathname.startsWith('/api/')) {
    const { status, body } = handleApi(url, o.api);
    return send(res, status, body, head);
  }
  if (url.pathname === '/graph.json') return sendFile(res, o.graphFile, 'application/json', head);
  if (!o.appDir) return send(res, 404, { error: 'this server was started without the explorer app; only /graph.json and /api/ are served' }, head);
  const found = await resolveStatic(o.appDir, url.pathname);
  if (!found.ok) return send(res, found.status, { error: found.reason }, head);
  return sendFile(res, found.file, found.type, head);
}

function sendFile(res: ServerResponse, file: string, type: string, head: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const stream = createReadStream(file);
    stream.once('open', () => {
      res.writeHead(200, { ...HEADERS, 'content-type': type, 'cache-control': 'no-cache' });
      if (head) {
        stream.destroy();
        res.end();
        resolve();
        return;
      }
      stream.pipe(res);
    });
    stream.once('error', (error) => (res.headersSent ? res.destroy() : reject(error)));
    stream.once('end', () => resolve());
  });
}

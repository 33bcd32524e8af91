import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { contentSecurityPolicy } from '../shared/csp';
import { ApiError } from '../shared/errors';
import type { Core } from '../main/core';
import { receiveUpload, sendDownload } from './file-transfer';
import { readBody } from './request-body';

/**
 * The renderer opens a handful of connections and one event stream, a script (the e2e seeding
 * 30 customers at once) a few dozen; hundreds at once are not ours. 32 refused the e2e's seeding.
 */
const maxConnections = 256;
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

export interface WebHost {
  url: string;
  token: string;
  server: Server;
  close(): Promise<void>;
}

function sameSecret(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/**
 * Sends the answer and closes the connection. What the client is still sending is discarded,
 * never kept, for a second at most: closing with unread bytes would reset the connection and
 * lose the answer before the client reads it.
 */
function sendAndClose(req: IncomingMessage, res: ServerResponse, status: number, body: unknown): void {
  res.setHeader('connection', 'close');
  res.on('finish', () => {
    req.removeAllListeners('data');
    req.resume();
    req.socket.end();
    setTimeout(() => req.socket.destroy(), 1000).unref();
  });
  send(res, status, body);
}

/** The path with its %-escapes decoded; null when they are malformed (a 400, not a throw). */
function decodedPath(req: IncomingMessage, base: string): { url: URL; path: string } | null {
  try {
    const url = new URL(req.url ?? '/', base);
    return { url, path: decodeURIComponent(url.pathname) };
  } catch {
    return null;
  }
}

/** A stored document, decrypted, for the viewer (its headers: readStoredDocument). */
async function sendDocument(res: ServerResponse, core: Core, documentId: number): Promise<void> {
  let file;
  try {
    file = await core.readDocument(documentId);
  } catch (error) {
    if (error instanceof ApiError && error.code === 'NOT_FOUND') return send(res, 404, { error: error.message });
    if (error instanceof ApiError && error.code === 'VALIDATION') return send(res, 403, { error: error.message });
    throw error;
  }
  res.writeHead(200, file.headers);
  res.end(file.bytes);
}

/**
 * The browser host: the built renderer and the API on 127.0.0.1 only. Every API call needs
 * the per-launch token; the Host header must be ours, which defeats DNS rebinding.
 */
export async function startWebHost(core: Core, rendererDir: string, port: number): Promise<WebHost> {
  const token = randomBytes(24).toString('base64url');
  let allowedHost = '';

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) send(res, 500, { error: 'internal' });
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.headers.host !== allowedHost) return send(res, 421, { error: 'wrong host' });
    // A browser sends Origin with every POST and PUT, every cross-origin fetch and event stream:
    // only our own page's passes. Without one it is a same-origin GET or a non-browser client
    // (the CLI's scripts, tests), which still needs the token.
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${allowedHost}`) return send(res, 403, { error: 'wrong origin' });
    const target = decodedPath(req, `http://${allowedHost}`);
    if (!target) return send(res, 400, { error: 'malformed URL' });
    const { url, path } = target;

    if (path.startsWith('/api/')) {
      const given = (req.headers.authorization ?? '').replace(/^Bearer /, '');
      if (!sameSecret(given, token)) return send(res, 401, { error: 'missing or wrong token' });
      if (req.method !== 'POST') return send(res, 405, { error: 'POST only' });
      const body = await readBody(req);
      if (!body.ok) {
        const message = 'The request is larger than the largest document upload allows';
        return sendAndClose(req, res, 413, { ok: false, error: { code: 'LIMIT', message } });
      }
      let input: unknown;
      try {
        input = body.text ? JSON.parse(body.text) : undefined;
      } catch {
        return send(res, 400, { ok: false, error: { code: 'VALIDATION', message: 'The request was not valid JSON' } });
      }
      return send(res, 200, await core.router.call(path.slice('/api/'.length), input));
    }

    if (path === '/events') {
      if (!sameSecret(url.searchParams.get('token') ?? '', token)) return send(res, 401, { error: 'token' });
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      const unsubscribe = core.events.subscribe((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
      req.on('close', unsubscribe);
      return;
    }

    // Files for jobs: uploads to import, downloads of error reports and exports (file-transfer.ts).
    if (path === '/uploads' || path.startsWith('/downloads/')) {
      if (!sameSecret(url.searchParams.get('token') ?? '', token)) return send(res, 401, { error: 'token' });
      if (path === '/uploads') {
        return req.method === 'PUT' ? receiveUpload(req, res, core.dataDir) : send(res, 405, { error: 'PUT only' });
      }
      return sendDownload(res, core.dataDir, path.slice('/downloads/'.length));
    }

    const documentPath = /^\/documents\/(\d+)$/.exec(path);
    if (documentPath) {
      if (!sameSecret(url.searchParams.get('token') ?? '', token)) return send(res, 401, { error: 'token' });
      return sendDocument(res, core, Number(documentPath[1]));
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { error: 'method' });
    const relative = normalize(path).replace(/^([/\\])+/, '');
    let file = join(rendererDir, relative || 'index.html');
    if (!file.startsWith(rendererDir + sep) || !existsSync(file) || statSync(file).isDirectory()) {
      file = join(rendererDir, 'index.html');
    }
    res.writeHead(200, {
      'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': contentSecurityPolicy,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': extname(file) === '.html' ? 'no-store' : 'max-age=3600',
    });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file).pipe(res);
  }

  server.maxConnections = maxConnections;
  // Slow clients cannot hold a connection open by trickling headers or a request.
  server.headersTimeout = 10_000;
  server.requestTimeout = 10 * 60_000;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  allowedHost = `127.0.0.1:${address.port}`;
  return {
    url: `http://${allowedHost}/?token=${token}`,
    token,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

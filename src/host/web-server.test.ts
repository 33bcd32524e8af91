import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../main/core';
import { tempDataDir } from '../main/kyc/test/fixtures';
import { maxBodyBytes } from './request-body';
import { startWebHost, type WebHost } from './web-server';

let dataDir: string;
let core: Core;
let host: WebHost;
let origin: string;
let port: number;

beforeAll(async () => {
  dataDir = tempDataDir();
  const rendererDir = join(dataDir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>KYC Desk</title>');
  core = await openCore({ dataDir, migrationsFolder: 'drizzle', onInternalError: () => undefined });
  host = await startWebHost(core, rendererDir, 0);
  origin = new URL(host.url).origin;
  port = Number(new URL(host.url).port);
});
afterAll(async () => {
  await host.close();
  await core.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function callApi(name: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${origin}/api/${name}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${host.token}`, 'content-type': 'application/json', ...headers },
    body,
  });
}

/**
 * A raw POST, so the test controls the headers fetch would set and how the body is sent: no
 * body at all, or a chunked one (no Content-Length) of 2 MB more than the cap.
 */
function rawRequest(
  headers: Record<string, string | number>,
  body: 'none' | 'over the cap',
): Promise<{ status: number; body: string; bytesSent: number }> {
  return new Promise((resolve, reject) => {
    let bytesSent = 0;
    let answered = false;
    const req = request({ host: '127.0.0.1', port, path: '/api/customers.count', method: 'POST', headers }, (res) => {
      answered = true;
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, bytesSent }));
    });
    // The server closes the connection while a refused body is still being written: expected.
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });
    req.flushHeaders();
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    const pump = (): void => {
      if (answered || req.destroyed) return;
      if (bytesSent > maxBodyBytes + chunk.length) return void req.end();
      bytesSent += chunk.length;
      if (req.write(chunk)) setImmediate(pump);
      else req.once('drain', pump);
    };
    if (body === 'over the cap') pump();
  });
}

describe('browser host boundaries', () => {
  it('answers a call that would have thrown with a typed error, over HTTP too', async () => {
    const response = await callApi('customers.create', 'null');
    expect(response.status).toBe(200);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('VALIDATION');
  });

  it('refuses another origin with 403 and takes its own or none', async () => {
    expect((await callApi('customers.count', '{}', { origin: 'http://evil.example' })).status).toBe(403);
    expect((await callApi('customers.count', '{}', { origin: 'null' })).status).toBe(403);
    expect((await callApi('customers.count', '{}', { origin: `http://localhost:${port}` })).status).toBe(403);
    expect((await callApi('customers.count', '{}', { origin })).status).toBe(200);
    expect((await callApi('customers.count', '{}')).status).toBe(200);
    const events = await fetch(`${origin}/events?token=${host.token}`, { headers: { origin: 'http://evil.example' } });
    expect(events.status).toBe(403);
  });

  it('refuses a declared body over the cap with 413 before reading it', async () => {
    const headers = { host: `127.0.0.1:${port}`, authorization: `Bearer ${host.token}` };
    const answer = await rawRequest({ ...headers, 'content-length': maxBodyBytes + 1 }, 'none');
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'LIMIT' } });
    expect(answer.bytesSent).toBe(0);
  });

  it('stops reading a streamed body at the cap and answers 413', async () => {
    const headers = { host: `127.0.0.1:${port}`, authorization: `Bearer ${host.token}` };
    const answer = await rawRequest({ ...headers, 'transfer-encoding': 'chunked' }, 'over the cap');
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'LIMIT' } });
    expect(answer.bytesSent).toBeGreaterThan(maxBodyBytes);
  });

  it('answers malformed %-escapes with 400', async () => {
    expect((await fetch(`${origin}/%E0%A4%A`)).status).toBe(400);
    expect((await callApi('customers.count%ZZ', '{}')).status).toBe(400);
    expect((await fetch(`${origin}/downloads/%?token=${host.token}`)).status).toBe(400);
  });

  it('caps connections and times out slow headers', async () => {
    expect(host.server.maxConnections).toBeGreaterThan(0);
    expect(host.server.headersTimeout).toBeGreaterThan(0);
    expect(host.server.requestTimeout).toBeGreaterThan(0);
    const sockets: Socket[] = [];
    const closed = await new Promise<number>((resolve) => {
      let count = 0;
      for (let i = 0; i < host.server.maxConnections + 5; i++) {
        const socket = connect(port, '127.0.0.1');
        socket.on('error', () => undefined);
        socket.on('close', () => {
          count += 1;
          if (count === 5) resolve(count);
        });
        sockets.push(socket);
      }
    });
    expect(closed).toBe(5);
    for (const socket of sockets) socket.destroy();
  });
});

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { containedPath } from './contained-path';

/** A real renderer folder beside the sibling the old prefix check let through. */
const folder = mkdtempSync(path.join(tmpdir(), 'contained-path-'));
const renderer = path.join(folder, 'renderer');
mkdirSync(path.join(renderer, 'assets'), { recursive: true });
mkdirSync(path.join(folder, 'renderer-private'));
writeFileSync(path.join(renderer, 'index.html'), '<!doctype html>');
writeFileSync(path.join(renderer, 'assets', 'app.js'), 'export {}');
writeFileSync(path.join(folder, 'renderer-private', 'secret.txt'), 'secret');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** What the protocol handler receives: the pathname of the URL the page asked for. */
const pathnameOf = (href: string) => new URL(href).pathname;

describe('containedPath', () => {
  it('serves files inside the folder', () => {
    expect(readFileSync(containedPath(renderer, '/index.html')!, 'utf8')).toBe('<!doctype html>');
    expect(containedPath(renderer, '/assets/app.js')).toBe(path.join(renderer, 'assets', 'app.js'));
    expect(containedPath(renderer, '/assets/my%20file.js')).toBe(path.join(renderer, 'assets', 'my file.js'));
  });

  it('refuses the sibling folder that shares its name as a prefix', () => {
    expect(containedPath(renderer, pathnameOf('app://desk/..%2frenderer-private%2fsecret.txt'))).toBeNull();
    expect(containedPath(renderer, '/..%2Frenderer-private/secret.txt')).toBeNull();
    expect(containedPath(path.join(folder, 'renderer') + path.sep, '/..%2frenderer-private%2fsecret.txt')).toBeNull();
  });

  it('refuses encoded dot segments in every spelling', () => {
    for (const urlPath of [
      '/%2e%2e/secret',
      '/%2E%2E%2Fsecret',
      '/assets/%2e%2e/%2e%2e/etc/passwd',
      '/.%2e/x',
      '/%2e/index.html',
    ])
      expect(containedPath(renderer, urlPath), urlPath).toBeNull();
  });

  it('refuses backslashes, encoded or not', () => {
    for (const urlPath of ['/..%5crenderer-private%5csecret.txt', '/assets%5capp.js', '/a\\b'])
      expect(containedPath(renderer, urlPath), urlPath).toBeNull();
  });

  it('refuses NUL and malformed escapes', () => {
    expect(containedPath(renderer, '/index.html%00.png')).toBeNull();
    expect(containedPath(renderer, '/%E0%A4%A')).toBeNull();
    expect(containedPath(renderer, '/%')).toBeNull();
  });

  it('keeps absolute-looking paths under the folder', () => {
    expect(containedPath(renderer, '/%2fetc%2fpasswd')).toBe(path.join(renderer, 'etc', 'passwd'));
    expect(containedPath(renderer, '//etc/passwd')).toBe(path.join(renderer, 'etc', 'passwd'));
  });

  it('refuses the folder itself', () => {
    expect(containedPath(renderer, '/')).toBeNull();
    expect(containedPath(renderer, '')).toBeNull();
  });

  it('decides the same with Windows paths', () => {
    const root = 'C:\\Program Files\\KYC Desk\\renderer';
    expect(containedPath(root, '/assets/app.js', path.win32)).toBe(`${root}\\assets\\app.js`);
    expect(containedPath(root, '/..%2frenderer-private%2fsecret.txt', path.win32)).toBeNull();
    expect(containedPath(root, '/..%5c..%5cWindows%5cwin.ini', path.win32)).toBeNull();
    expect(containedPath(root, '/D:/Windows/win.ini', path.win32)).toBeNull();
    expect(containedPath(root, '/%2f%2fserver%2fshare%2fx', path.win32)).toBe(`${root}\\server\\share\\x`);
  });
});

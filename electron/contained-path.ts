import nodePath from 'node:path';

/** The parts of node:path the decision needs; tests pass path.win32 to check Windows paths too. */
export type PathFlavour = Pick<typeof nodePath, 'resolve' | 'sep'>;

/**
 * The file under `root` that a URL's (still percent-encoded) path names, or null when it could
 * name anything else. Encoded `..` and `.` segments, backslashes and NUL are refused outright;
 * what is left must resolve strictly inside root, compared with a separator: a bare prefix test
 * would let `root` reach its sibling `root-private`.
 */
export function containedPath(root: string, urlPath: string, path: PathFlavour = nodePath): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '.' || segment === '..')) return null;
  const base = path.resolve(root);
  const file = path.resolve(base, ...segments);
  return file.startsWith(base + path.sep) ? file : null;
}

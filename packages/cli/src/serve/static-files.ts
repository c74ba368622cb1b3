/**
 * The built explorer's files, for `entente serve`: a URL path → a file under the app folder, or a refusal. Decoding
 * errors, NUL bytes, backslashes, `..` segments, hidden files and anything whose real path (symlinks followed) is
 * outside the folder are refused; a folder is not listed. The caller sends the file.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

export const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export type StaticResult = { ok: true; file: string; type: string } | { ok: false; status: 400 | 404; reason: string };

/** Resolve `pathname` (still percent-encoded, as in the request line) under `root` (an absolute, real path). */
export async function resolveStatic(root: string, pathname: string): Promise<StaticResult> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { ok: false, status: 400, reason: 'malformed percent-encoding in the path' };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { ok: false, status: 400, reason: 'the path holds a NUL byte or a backslash' };
  const segments = decoded.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) return { ok: false, status: 400, reason: 'the path climbs out of the app folder' };
  if (segments.some((s) => s.startsWith('.'))) return { ok: false, status: 404, reason: 'not found' };
  const relative = segments.length === 0 || decoded.endsWith('/') ? [...segments, 'index.html'] : segments;
  const candidate = path.join(root, ...relative);
  let real: string;
  try {
    real = await fs.realpath(candidate);
    if (!(await fs.stat(real)).isFile()) return { ok: false, status: 404, reason: 'not found' };
  } catch {
    return { ok: false, status: 404, reason: 'not found' };
  }
  if (!real.startsWith(root + path.sep)) return { ok: false, status: 404, reason: 'not found' };
  return { ok: true, file: real, type: MIME[path.extname(real).toLowerCase()] ?? 'application/octet-stream' };
}

import { createServer, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { storyPage } from './story-pages';

/** Test pages live next to the harness so the server never depends on the working directory. */
export const PAGES_DIR = resolve(fileURLToPath(new URL('../pages/', import.meta.url)));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xhtml': 'application/xhtml+xml; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
};

/** Sidecar files configure the server; they are not content. */
const HEADERS_SUFFIX = '.headers.json';

export interface PageServer {
  port: number;
  /** URL of a page under a made-up hostname that Chromium maps to 127.0.0.1. */
  url(host: string, path: string): string;
  close(): Promise<void>;
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('Not found');
}

/** Resolve a URL path to a file inside PAGES_DIR, or null when it escapes it or is not a file. */
async function resolveFile(urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.endsWith(HEADERS_SUFFIX)) return null;
  const file = resolve(join(PAGES_DIR, decoded));
  if (!file.startsWith(PAGES_DIR + sep)) return null;
  try {
    return (await stat(file)).isFile() ? file : null;
  } catch {
    return null;
  }
}

/** Extra response headers from `X.html.headers.json`, e.g. a Content-Security-Policy. */
async function extraHeaders(file: string): Promise<Record<string, string>> {
  let text: string;
  try {
    text = await readFile(file + HEADERS_SUFFIX, 'utf8');
  } catch {
    return {};
  }
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${file}${HEADERS_SUFFIX} must hold a JSON object of header names to values`);
  }
  return Object.fromEntries(Object.entries(parsed).map(([name, value]) => [name, String(value)]));
}

export async function startPageServer(): Promise<PageServer> {
  const server = createServer((req, res) => {
    void (async () => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' });
        res.end();
        return;
      }
      // The host is irrelevant for file lookup: every *.test site serves the same directory.
      const { pathname } = new URL(req.url ?? '/', 'http://localhost');
      const story = await storyPage(pathname);
      if (story) {
        res.writeHead(200, { 'content-type': story.type, 'content-length': story.body.length, 'cache-control': 'no-store' });
        res.end(req.method === 'HEAD' ? undefined : story.body);
        return;
      }
      const file = await resolveFile(pathname);
      if (!file) return notFound(res);
      const [body, headers] = await Promise.all([readFile(file), extraHeaders(file)]);
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-length': body.length,
        // Tests edit nothing at runtime, but a stale cache would hide a reload.
        'cache-control': 'no-store',
        ...headers,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    })().catch((error: unknown) => {
      console.error('page server:', error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Internal error');
    });
  });

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolvePromise());
  });
  const { port } = server.address() as AddressInfo;

  return {
    port,
    url(host, path) {
      return `http://${host}:${port}${path.startsWith('/') ? path : `/${path}`}`;
    },
    close() {
      // Keep-alive sockets from Chromium would otherwise hold close() open.
      server.closeAllConnections();
      return new Promise((resolvePromise, reject) => {
        server.close((error) => (error ? reject(error) : resolvePromise()));
      });
    },
  };
}

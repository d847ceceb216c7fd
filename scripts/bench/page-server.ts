/**
 * The browser benchmark's pages are generated into a temporary folder; the e2e harness
 * server only serves tests/e2e/pages, so this is a minimal static server for one folder,
 * on 127.0.0.1 only (Chromium maps every *.test host name there).
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join, resolve, sep } from 'node:path';

export interface FolderServer {
  url(host: string, path: string): string;
  close(): Promise<void>;
}

export async function serveFolder(folder: string): Promise<FolderServer> {
  const root = resolve(folder);
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    // Generated pages have plain ASCII names; anything else is not ours to serve.
    const file = resolve(join(root, pathname));
    if (!file.startsWith(root + sep) || !file.endsWith('.html') || request.method !== 'GET') {
      response.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => {
        // no-store: every run must parse the page afresh, as a reader's first visit would.
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        response.end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: (host, path) => `http://${host}:${port}/${path.replace(/^\//, '')}`,
    close() {
      server.closeAllConnections();
      return new Promise((done, fail) => server.close((error) => (error ? fail(error) : done())));
    },
  };
}

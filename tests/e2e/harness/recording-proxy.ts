/**
 * An HTTP proxy on 127.0.0.1 that sees every request a browser makes, whoever makes it
 * (page, content script, extension worker, a stylesheet's `url()`, a font), because the
 * browser is told to send all of its traffic through it, loopback included. Requests for
 * the made-up *.test sites go on to the local page server; every other request, HTTPS
 * tunnels and WebSockets included, is recorded and failed, so nothing leaves the machine.
 */
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface ProxiedRequest {
  method: string;
  /** The absolute URL asked for; `host:port` for a CONNECT tunnel. */
  url: string;
  /** Whether it was forwarded to the page server (a *.test site) rather than failed. */
  local: boolean;
}

export interface RecordingProxy {
  port: number;
  /** Every request so far, in order. */
  readonly requests: readonly ProxiedRequest[];
  close(): Promise<void>;
}

const isTestSite = (hostname: string) => hostname.endsWith('.test');

export async function startRecordingProxy(pageServerPort: number): Promise<RecordingProxy> {
  const requests: ProxiedRequest[] = [];
  const sockets = new Set<Socket>();

  const server = createServer((req, res) => {
    // A proxied request names its target in full: http://host:port/path.
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      requests.push({ method: req.method ?? '?', url: req.url ?? '', local: false });
      res.writeHead(400).end();
      return;
    }
    const local = target.protocol === 'http:' && isTestSite(target.hostname);
    requests.push({ method: req.method ?? '?', url: target.href, local });
    if (!local) {
      res.writeHead(502, { 'content-type': 'text/plain' }).end('refused by the test proxy');
      return;
    }
    const forwarded = httpRequest(
      { host: '127.0.0.1', port: pageServerPort, method: req.method, path: target.pathname + target.search, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forwarded.on('error', () => res.writeHead(502).end());
    req.pipe(forwarded);
  });
  // HTTPS goes through CONNECT tunnels, and WebSockets through upgrades: recorded, refused.
  server.on('connect', (req, socket: Socket) => {
    requests.push({ method: 'CONNECT', url: req.url ?? '', local: false });
    socket.end('HTTP/1.1 502 Refused by the test proxy\r\n\r\n');
  });
  server.on('upgrade', (req, socket: Socket) => {
    requests.push({ method: `UPGRADE ${req.headers.upgrade ?? ''}`.trim(), url: req.url ?? '', local: false });
    socket.destroy();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RecordedRequest, WireReply } from './conformance-types.js';

/** A loopback server that answers each request with the reply set for the current case. */
export class FixtureServer {
  readonly requests: RecordedRequest[] = [];
  private reply: WireReply = { status: 500, json: { error: 'no fixture set' } };
  private server?: http.Server;
  url = '';

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      const parts: Buffer[] = [];
      req.on('data', (part: Buffer) => parts.push(part));
      req.on('end', () => {
        const rawBody = Buffer.concat(parts);
        let body: unknown;
        try {
          body = rawBody.length ? JSON.parse(rawBody.toString('utf8')) : undefined;
        } catch {
          body = undefined;
        }
        this.requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body, rawBody });
        this.answer(res);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Sets the reply for the next requests. */
  use(reply: WireReply): void {
    this.reply = reply;
  }

  last(): RecordedRequest {
    const request = this.requests.at(-1);
    if (!request) throw new Error('the adapter sent no request');
    return request;
  }

  private answer(res: http.ServerResponse): void {
    const { status = 200, headers = {}, json, sse, bytes } = this.reply;
    if (sse !== undefined) {
      res.writeHead(status, { 'content-type': 'text/event-stream', ...headers });
      // Split in two writes so adapters see an event cut across chunks.
      const middle = Math.floor(sse.length / 2);
      res.write(sse.slice(0, middle));
      setTimeout(() => res.end(sse.slice(middle)), 5);
      return;
    }
    if (bytes !== undefined) {
      res.writeHead(status, { 'content-type': 'application/octet-stream', ...headers });
      res.end(Buffer.from(bytes));
      return;
    }
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(json === undefined ? '' : JSON.stringify(json));
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server?.closeAllConnections();
      this.server?.close(() => resolve());
    });
  }
}

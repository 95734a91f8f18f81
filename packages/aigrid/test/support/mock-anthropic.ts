import http from 'node:http';
import type { AddressInfo } from 'node:net';

/*
 * A mock Anthropic Messages upstream (shapes from Anthropic's API reference: the Message object
 * and the message_start / content_block_* / message_delta / message_stop stream events), for the
 * translated-path tests and benchmarks.
 */

export interface AnthropicMockOptions {
  /** Text deltas per stream. */
  streamChunks?: number;
  /** Pause between stream events, in ms. */
  chunkIntervalMs?: number;
}

export interface AnthropicMock {
  url: string;
  received: Array<{ headers: http.IncomingHttpHeaders; body: any }>;
  close(): Promise<void>;
}

const usage = { input_tokens: 25, output_tokens: 12, cache_read_input_tokens: 100, cache_creation_input_tokens: 0 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const event = (type: string, data: Record<string, unknown>) => `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;

async function stream(res: http.ServerResponse, model: string, options: AnthropicMockOptions) {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  const pause = options.chunkIntervalMs ?? 0;
  res.write(event('message_start', { message: { id: 'msg_mock', type: 'message', role: 'assistant', model, content: [], stop_reason: null, stop_sequence: null, usage: { ...usage, output_tokens: 1 } } }));
  res.write(event('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }));
  for (let i = 0; i < (options.streamChunks ?? 3); i++) {
    if (pause) await sleep(pause);
    if (res.destroyed) return;
    res.write(event('content_block_delta', { index: 0, delta: { type: 'text_delta', text: `tok${i} ` } }));
  }
  res.write(event('content_block_stop', { index: 0 }));
  res.write(event('message_delta', { delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 12 } }));
  res.end(event('message_stop', {}));
}

export async function startMockAnthropic(options: AnthropicMockOptions = {}): Promise<AnthropicMock> {
  const received: AnthropicMock['received'] = [];
  const server = http.createServer({ noDelay: true, keepAliveTimeout: 60_000 }, (req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(parts).toString('utf8') || '{}');
      if (received.length < 1000) received.push({ headers: req.headers, body });
      if (body.stream) return void stream(res, body.model, options);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          id: 'msg_mock',
          type: 'message',
          role: 'assistant',
          model: body.model,
          content: [{ type: 'text', text: 'Hello from Claude.' }],
          stop_reason: 'end_turn',
          stop_sequence: null,
          usage,
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

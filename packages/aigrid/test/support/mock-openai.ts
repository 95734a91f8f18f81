import http from 'node:http';
import type { AddressInfo } from 'node:net';

/*
 * A mock OpenAI-compatible upstream for tests and benchmarks. Response bodies follow the shapes in
 * OpenAI's API reference (chat completion, chat.completion.chunk, embeddings, error object).
 * Behaviour is chosen by the upstream model name:
 *   fail-<status>   answers with that status and an OpenAI error body (429 adds retry-after)
 *   hang            never answers
 *   drop-mid-stream sends two chunks, then destroys the socket
 *   echo            non-streaming answer whose content is the JSON of the received body
 *   slow-stream     a stream of 40 chunks, 50 ms apart
 *   stall           stream headers, then silence
 *   chaos           by setChaos mode: 'random' fails half the requests (500, 429, 529, a hang or
 *                   a dropped connection), 'down' always answers 500, 'off' always answers
 * Anything else answers normally; a request with tools gets a tool call back.
 */

export interface MockOptions {
  /** Delay before the response headers, in ms. */
  delayMs?: number;
  /** Number of content chunks in a stream. */
  streamChunks?: number;
  /** Pause between stream chunks, in ms. */
  chunkIntervalMs?: number;
}

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: any;
  /** The body's bytes as text, exactly as they arrived. */
  raw: string;
}

export type ChaosMode = 'random' | 'down' | 'off';

export interface MockUpstream {
  url: string;
  port: number;
  received: ReceivedRequest[];
  /** Requests whose connection closed before the mock finished answering. */
  aborted(): number;
  /** The `chaos` model's mode: random failures (the default), always 500, or healthy. */
  setChaos(mode: ChaosMode): void;
  close(): Promise<void>;
}

const CREATED = 1_700_000_000;

export function chatCompletionFixture(model: string, body: any): Record<string, unknown> {
  const wantsTool = Array.isArray(body?.tools) && body.tools.length > 0 && body.tool_choice !== 'none';
  const toolName = body?.tools?.[0]?.function?.name ?? 'get_weather';
  const n = typeof body?.n === 'number' ? body.n : 1;
  const choices = Array.from({ length: n }, (_, index) =>
    wantsTool
      ? {
          index,
          message: {
            role: 'assistant',
            content: null,
            tool_calls: [
              { id: `call_abc${index}`, type: 'function', function: { name: toolName, arguments: '{"location":"Boston, MA"}' } },
            ],
            refusal: null,
          },
          logprobs: null,
          finish_reason: 'tool_calls',
        }
      : {
          index,
          message: {
            role: 'assistant',
            content: model === 'echo' ? JSON.stringify(body) : 'Hello! How can I assist you today?',
            refusal: null,
          },
          logprobs: null,
          finish_reason: 'stop',
        },
  );
  return {
    id: 'chatcmpl-123',
    object: 'chat.completion',
    created: CREATED,
    model,
    system_fingerprint: 'fp_44709d6fcb',
    choices,
    usage: {
      prompt_tokens: 9,
      completion_tokens: 12,
      total_tokens: 21,
      prompt_tokens_details: { cached_tokens: 0 },
      completion_tokens_details: { reasoning_tokens: 0 },
    },
  };
}

function chunk(model: string, delta: Record<string, unknown>, finish: string | null, usage: unknown = undefined) {
  const base: Record<string, unknown> = {
    id: 'chatcmpl-123',
    object: 'chat.completion.chunk',
    created: CREATED,
    model,
    system_fingerprint: 'fp_44709d6fcb',
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
  };
  if (usage !== undefined) base.usage = usage;
  return `data: ${JSON.stringify(base)}\n\n`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function writeStream(res: http.ServerResponse, model: string, body: any, options: MockOptions) {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const includeUsage = body?.stream_options?.include_usage === true;
  const usageField = includeUsage ? null : undefined;
  const wantsTool = Array.isArray(body?.tools) && body.tools.length > 0;
  const pause = options.chunkIntervalMs ?? 0;
  res.write(chunk(model, { role: 'assistant', content: '' }, null, usageField));
  if (wantsTool) {
    const name = body.tools[0]?.function?.name ?? 'get_weather';
    res.write(chunk(model, { tool_calls: [{ index: 0, id: 'call_abc0', type: 'function', function: { name, arguments: '' } }] }, null, usageField));
    res.write(chunk(model, { tool_calls: [{ index: 0, function: { arguments: '{"location":' } }] }, null, usageField));
    res.write(chunk(model, { tool_calls: [{ index: 0, function: { arguments: '"Boston, MA"}' } }] }, null, usageField));
    res.write(chunk(model, {}, 'tool_calls', usageField));
  } else {
    const slow = model === 'slow-stream';
    const count = slow ? 40 : (options.streamChunks ?? 3);
    for (let i = 0; i < count; i++) {
      if (slow || pause > 0) await sleep(slow ? 50 : pause);
      if (res.destroyed) return;
      res.write(chunk(model, { content: `tok${i} ` }, null, usageField));
      if (model === 'drop-mid-stream' && i === 1) {
        // Let the first chunks reach the gateway before the connection drops.
        await sleep(50);
        res.socket?.destroy();
        return;
      }
    }
    res.write(chunk(model, {}, 'stop', usageField));
  }
  if (includeUsage) {
    const usage = { prompt_tokens: 9, completion_tokens: 12, total_tokens: 21 };
    res.write(
      `data: ${JSON.stringify({ id: 'chatcmpl-123', object: 'chat.completion.chunk', created: CREATED, model, choices: [], usage })}\n\n`,
    );
  }
  res.end('data: [DONE]\n\n');
}

function sendError(res: http.ServerResponse, status: number) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (status === 429) headers['retry-after'] = '7';
  const type = status === 429 ? 'requests' : status === 401 ? 'invalid_request_error' : 'server_error';
  const code = status === 401 ? 'invalid_api_key' : status === 429 ? 'rate_limit_exceeded' : null;
  res.writeHead(status, headers);
  res.end(JSON.stringify({ error: { message: `mock upstream failure ${status}`, type, param: null, code } }));
}

function embeddingsFixture(model: string, body: any) {
  const inputs = Array.isArray(body?.input) && (typeof body.input[0] !== 'number') ? body.input : [body?.input];
  const dims = typeof body?.dimensions === 'number' ? body.dimensions : 4;
  return {
    object: 'list',
    data: inputs.map((_: unknown, index: number) => ({
      object: 'embedding',
      index,
      embedding: body?.encoding_format === 'base64'
        ? Buffer.from(new Float32Array(dims).fill(0.5).buffer).toString('base64')
        : Array.from({ length: dims }, (_, i) => Number(((i + 1) / 10).toFixed(3))),
    })),
    model,
    usage: { prompt_tokens: 8, total_tokens: 8 },
  };
}

/** Starts the mock on an ephemeral loopback port. */
export async function startMockOpenAI(options: MockOptions = {}): Promise<MockUpstream> {
  const received: ReceivedRequest[] = [];
  let aborted = 0;
  let chaos: ChaosMode = 'random';
  const server = http.createServer({ noDelay: true, keepAliveTimeout: 60_000 }, (req, res) => {
    res.on('close', () => {
      if (!res.writableFinished) aborted++;
    });
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', async () => {
      let body: any = undefined;
      const raw = Buffer.concat(parts).toString('utf8');
      try {
        body = parts.length ? JSON.parse(raw) : undefined;
      } catch {
        body = undefined;
      }
      if (received.length < 1000) received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body, raw });
      const model: string = body?.model ?? '';
      if (options.delayMs) await sleep(options.delayMs);
      if (model === 'chaos' && chaos === 'down') return sendError(res, 500);
      if (model === 'chaos' && chaos === 'random' && Math.random() < 0.5) {
        const pick = Math.floor(Math.random() * 5);
        if (pick === 0) return sendError(res, 500);
        if (pick === 1) return sendError(res, 429);
        if (pick === 2) return sendError(res, 529);
        if (pick === 3) return; // hang
        return void res.socket?.destroy();
      }
      const failure = /^fail-(\d{3})$/.exec(model);
      if (failure) return sendError(res, Number(failure[1]));
      if (model === 'hang') return;
      if (model === 'stall') return void res.writeHead(200, { 'content-type': 'text/event-stream' });
      if (req.url?.endsWith('/models') && req.method === 'GET') {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(JSON.stringify({ object: 'list', data: [] }));
      }
      if (req.url?.endsWith('/chat/completions')) {
        if (body?.stream) return void writeStream(res, model, body, options);
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(JSON.stringify(chatCompletionFixture(model, body)));
      }
      if (req.url?.endsWith('/embeddings')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(JSON.stringify(embeddingsFixture(model, body)));
      }
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: 'not found', type: 'invalid_request_error', param: null, code: null } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    port,
    received,
    aborted: () => aborted,
    setChaos: (mode: ChaosMode) => {
      chaos = mode;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

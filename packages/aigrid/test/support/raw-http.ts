import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONFIG_VOCABULARY } from '../../src/cli/cli-support.js';
import { loadConfig } from '../../src/config/load-config.js';
import { createLogger } from '../../src/server/logger.js';
import { startGateway, type RunningGateway } from '../../src/server/start-gateway.js';
import { harnessConfig } from './gateway-harness.js';
import { startMockOpenAI, type MockUpstream } from './mock-openai.js';

/** One HTTP answer as read off a raw socket. */
export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** What a raw exchange saw: every byte the server sent, and the socket error if there was one. */
export interface RawExchange {
  text: string;
  error?: string;
}

export interface RawOptions {
  /** Sent after `payload` once the server's first bytes arrive (e.g. a body after `100 Continue`). */
  afterFirstAnswer?: string | Buffer;
  /** Half-closes the socket after writing, as a client does that has nothing more to send. */
  endAfterWrite?: boolean;
}

/**
 * Writes raw bytes to the server and collects what it answers until it closes the connection.
 * A reset after the answer arrived is reported in `error`, with the text read before it.
 */
export function rawExchange(port: number, payload: string | Buffer, options: RawOptions = {}): Promise<RawExchange> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let sentAfter = false;
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(payload);
      if (options.endAfterWrite) socket.end();
    });
    socket.on('data', (part: Buffer) => {
      chunks.push(part);
      if (options.afterFirstAnswer !== undefined && !sentAfter) {
        sentAfter = true;
        socket.write(options.afterFirstAnswer);
      }
    });
    // A write the server no longer reads fails (EPIPE); what counts is what was read.
    socket.on('error', (error: NodeJS.ErrnoException) => resolve({ text: Buffer.concat(chunks).toString('latin1'), error: error.code ?? error.message }));
    socket.on('close', () => resolve({ text: Buffer.concat(chunks).toString('latin1') }));
  });
}

/** The answers in `text`, in order (bodies framed by content-length; a 1xx has none). */
export function parseAnswers(text: string): RawAnswer[] {
  const answers: RawAnswer[] = [];
  let rest = text;
  while (rest.startsWith('HTTP/1.1 ')) {
    const headEnd = rest.indexOf('\r\n\r\n');
    if (headEnd === -1) break;
    const [statusLine, ...lines] = rest.slice(0, headEnd).split('\r\n');
    const headers: Record<string, string> = {};
    for (const line of lines) {
      const colon = line.indexOf(':');
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    const length = Number(headers['content-length'] ?? 0);
    const bodyStart = headEnd + 4;
    // latin1 keeps one character per byte, so content-length counts characters here.
    const body = rest.slice(bodyStart, bodyStart + length);
    answers.push({ status: Number(statusLine.split(' ')[1]), headers, body: Buffer.from(body, 'latin1').toString('utf8') });
    rest = rest.slice(bodyStart + length);
  }
  return answers;
}

export interface EdgeGateway {
  gateway: RunningGateway;
  mock: MockUpstream;
  key: string;
  close(): Promise<void>;
}

/** The e2e harness's gateway, with `max_body_bytes` set for the body-limit tests. */
export async function startEdgeGateway(maxBodyBytes: number): Promise<EdgeGateway> {
  const dir = await mkdtemp(join(tmpdir(), 'aigrid-edge-'));
  const mock = await startMockOpenAI();
  const path = join(dir, 'aigrid.hcl');
  await writeFile(path, harnessConfig(dir, mock.url).replace('max_body_bytes = 65536', `max_body_bytes = ${maxBodyBytes}`));
  let gateway: RunningGateway;
  try {
    const config = await loadConfig({ path, env: {}, vocabulary: CONFIG_VOCABULARY });
    gateway = await startGateway(config, { logger: createLogger('silent') });
  } catch (error) {
    await mock.close();
    throw error;
  }
  const { secret } = await gateway.deps.store.keys.create({ name: 'edge', tenant: 'acme', models: null });
  return {
    gateway,
    mock,
    key: secret,
    close: async () => {
      await gateway.close(1000);
      await mock.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

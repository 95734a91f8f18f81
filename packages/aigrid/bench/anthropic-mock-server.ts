import { startMockAnthropic } from '../test/support/mock-anthropic.js';

// Child-process entry for the Anthropic mock: node --import tsx bench/anthropic-mock-server.ts <chunks> <intervalMs>
const [chunks = '10', interval = '5'] = process.argv.slice(2);
const mock = await startMockAnthropic({ streamChunks: Number(chunks), chunkIntervalMs: Number(interval) });
process.stdout.write(`${JSON.stringify({ port: Number(new URL(mock.url).port) })}\n`);
process.on('SIGTERM', () => void mock.close().then(() => process.exit(0)));

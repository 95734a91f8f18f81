import { startMockOpenAI } from '../test/support/mock-openai.js';

/*
 * Child-process entry for the shared mock upstream:
 *   node --import tsx bench/mock-server.ts <port> <streamChunks> <chunkIntervalMs>
 * Non-streaming answers are zero-delay; streams are paced by the two chunk arguments.
 * The mock picks its own port, so we ask for one and print the one we got.
 */
const [streamChunks = '10', chunkIntervalMs = '5'] = process.argv.slice(2);
const mock = await startMockOpenAI({
  delayMs: 0,
  streamChunks: Number(streamChunks),
  chunkIntervalMs: Number(chunkIntervalMs),
});
process.stdout.write(`${JSON.stringify({ port: mock.port })}\n`);
process.on('SIGTERM', () => void mock.close().then(() => process.exit(0)));

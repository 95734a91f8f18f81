import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLogger, formatLogLine, logFormatFor } from './logger.js';

describe('logger', () => {
  it('writes one JSON object per line by default', () => {
    const lines: string[] = [];
    createLogger('info', (line) => lines.push(line)).warn('provider failure', { requestId: 'req_1', cause: 'refused' });
    const entry = JSON.parse(lines[0]);
    assert.deepEqual([entry.level, entry.message, entry.requestId, entry.cause], ['warn', 'provider failure', 'req_1', 'refused']);
    assert.ok(lines[0].endsWith('}\n'));
  });

  it('chooses one format for every line: text on a terminal, JSON otherwise, or as AIGRID_LOG_FORMAT says', () => {
    assert.equal(logFormatFor({ isTTY: true }, {}), 'text');
    assert.equal(logFormatFor({ isTTY: false }, {}), 'json');
    assert.equal(logFormatFor({}, {}), 'json');
    assert.equal(logFormatFor({ isTTY: true }, { AIGRID_LOG_FORMAT: 'json' }), 'json');
    assert.equal(logFormatFor({ isTTY: false }, { AIGRID_LOG_FORMAT: 'text' }), 'text');
  });

  it('text lines carry the same fields, quoting values with spaces', () => {
    const line = formatLogLine('text', 'info', 'listening', { url: 'http://127.0.0.1:8420', config: 'my file.hcl', port: 8420 });
    assert.match(line, /^\S+Z INFO  listening url=http:\/\/127\.0\.0\.1:8420 config="my file\.hcl" port=8420\n$/);
  });

  it('drops lines below the level', () => {
    const lines: string[] = [];
    const logger = createLogger('warn', (line) => lines.push(line));
    logger.info('quiet');
    logger.error('loud');
    assert.equal(lines.length, 1);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ChatCompletionRequest } from '../spec/openai-schemas.js';
import { BUILTIN_DETECTOR_IDS } from './builtin-detectors.js';
import { createClassifier } from './guard-classifier.js';
import { measureText, SHORT_NUMBER_BOUND } from './text-features.js';

const request = {
  model: 'gpt-4o-mini',
  messages: [
    { role: 'system', content: 'You are helpful.' },
    { role: 'user', content: 'Mail john@example.com or jane@example.com, then john@example.com again.' },
    {
      role: 'user',
      content: [
        { type: 'text', text: 'Card 4111 1111 1111 1111' },
        { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo+14155552671AAAA' } },
      ],
    },
    { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'lookup', arguments: '{"iban":"DE89370400440532013000"}' } }] },
    { role: 'tool', tool_call_id: 'c1', content: 'owner phone +44 20 7946 0958' },
  ],
} as ChatCompletionRequest;

describe('classifier', () => {
  const classifier = createClassifier();

  it('scans contents, text parts, tool-call arguments and tool results, counting per type', () => {
    const result = classifier.classify(request);
    assert.equal(result.sensitive, true);
    assert.deepEqual(result.findings, [
      { type: 'credit_card', category: 'pii', count: 1 },
      { type: 'email', category: 'pii', count: 3 },
      { type: 'iban', category: 'pii', count: 1 },
      { type: 'phone', category: 'pii', count: 1 },
    ]);
    assert.deepEqual(result.spans.map((entry) => entry.path), [
      ['messages', 1, 'content'],
      ['messages', 2, 'content', 0, 'text'],
      ['messages', 3, 'tool_calls', 0, 'function', 'arguments'],
      ['messages', 4, 'content'],
    ]);
  });

  it('never puts a matched value into the findings', () => {
    const findings = JSON.stringify(classifier.classify(request).findings);
    for (const value of ['john', 'example', '4111', 'DE89', '7946']) assert.ok(!findings.includes(value), value);
  });

  it('reports nothing for a clean request', () => {
    const result = classifier.classify({ model: 'm', messages: [{ role: 'user', content: 'What is 2 + 2?' }] } as ChatCompletionRequest);
    assert.deepEqual(result, { sensitive: false, findings: [], spans: [], uncertain: [] });
  });

  it('accepts bare texts', () => {
    const result = classifier.classify({ texts: ['nothing here', 'ssn 123-45-6789'] });
    assert.deepEqual(result.spans.map((entry) => entry.path), [['texts', 1]]);
  });

  it('skips base64 data URLs pasted into text', () => {
    const text = 'see data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA+14155552671/4111111111111111== and john@example.com';
    assert.deepEqual(classifier.scanText(text).map((span) => span.type), ['email']);
  });

  it('keeps the longer of overlapping spans, and the earlier detector on a tie', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';
    assert.deepEqual(classifier.scanText(`Authorization: Bearer ${jwt}`).map((span) => span.type), ['jwt']);
    const key = 'sk-proj-T3BlbkFJa2V5Rm9yVGVzdHMx9aZ';
    assert.deepEqual(classifier.scanText(`OPENAI_API_KEY=${key}`).map((span) => span.type), ['api_key']);
  });

  it('enables a subset of built-ins, and rejects unknown ids', () => {
    const emailOnly = createClassifier({ detectors: ['email'] });
    assert.deepEqual(emailOnly.detectorIds, ['email']);
    assert.deepEqual(emailOnly.classify(request).findings.map((finding) => finding.type), ['email']);
    assert.deepEqual(createClassifier({ detectors: [], dictionaries: [{ name: 'codename', terms: ['Falcon'] }] }).detectorIds, ['codename']);
    assert.throws(() => createClassifier({ detectors: ['email', 'passport'] }), /guard detector "passport" is unknown; known detectors: private_key, /);
    assert.deepEqual(createClassifier().detectorIds, BUILTIN_DETECTOR_IDS);
  });

  it('adds user patterns and dictionaries as custom findings', () => {
    const custom = createClassifier({ patterns: [{ name: 'ticket', pattern: 'TCK-\\d{6}' }], dictionaries: [{ name: 'codename', terms: ['Falcon'] }] });
    const result = custom.classify({ texts: ['Falcon is tracked in TCK-004211'] });
    assert.deepEqual(result.findings, [
      { type: 'codename', category: 'custom', count: 1 },
      { type: 'ticket', category: 'custom', count: 1 },
    ]);
  });
});

describe('text features', () => {
  it('count the digits of the longest number-like cluster, from six digits up', () => {
    assert.equal(measureText('call +1 (415) 555-2671 now').longestNumber, 11);
    assert.equal(measureText('card 4111 1111 1111 1111, id 12345678').longestNumber, 16);
    assert.equal(measureText('in 2024 we sold 1,234 units at $19.99').longestNumber, SHORT_NUMBER_BOUND);
    assert.equal(measureText('').longestNumber, SHORT_NUMBER_BOUND);
  });

  it('list each cluster of six digits or more, with its offsets', () => {
    const text = 'dates 2024-03-15, call +1 (415) 555-2671 or 12345';
    const clusters = measureText(text).clusters;
    assert.deepEqual(
      clusters.map((cluster) => [text.slice(cluster.start, cluster.end), cluster.digits]),
      [['2024-03-15', 8], ['1 (415) 555-2671', 11]],
    );
    assert.deepEqual(measureText('in 2024 we sold 1,234 units').clusters, []);
  });

  it('keep only the text around clusters in numberWindows, far text dropped', () => {
    const far = 'word '.repeat(40);
    const text = `${far}IBAN DE89 3704 0044 0532 0130 00 ${far}ssn 123-45-6789 ${far}`;
    const windows = measureText(text).numberWindows;
    assert.ok(windows.includes('IBAN DE89 3704 0044 0532 0130 00'));
    assert.ok(windows.includes('ssn 123-45-6789'));
    assert.equal(windows.split('\n').length, 2, 'two windows, apart');
    assert.ok(windows.length < 260, `windows hold ${windows.length} characters`);
    assert.equal(measureText(far).numberWindows, '');
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ORDINARY_PROMPTS } from '../../test/support/guard/ordinary-prompts.js';
import { createClassifier } from './guard-classifier.js';

/** The highest share of ordinary prompts that may be flagged (documented in docs/guard.md). */
const MAX_FALSE_POSITIVE_RATE = 0.01;

describe('false positives on ordinary prompts', () => {
  it(`flag at most ${MAX_FALSE_POSITIVE_RATE * 100}% of the corpus`, (t) => {
    assert.ok(ORDINARY_PROMPTS.length >= 300, 'corpus size');
    const classifier = createClassifier();
    const flagged = ORDINARY_PROMPTS.map((prompt) => ({ prompt, types: classifier.scanText(prompt).map((span) => span.type) })).filter(
      (entry) => entry.types.length > 0,
    );
    const rate = flagged.length / ORDINARY_PROMPTS.length;
    t.diagnostic(`false-positive rate ${(rate * 100).toFixed(2)}% (${flagged.length} of ${ORDINARY_PROMPTS.length} prompts)`);
    for (const entry of flagged) t.diagnostic(`flagged [${entry.types.join(', ')}]: ${entry.prompt.slice(0, 80)}`);
    assert.ok(rate <= MAX_FALSE_POSITIVE_RATE, `rate ${rate}`);
  });

  it('classifies whole ordinary requests as not sensitive', () => {
    const classifier = createClassifier();
    const clean = ORDINARY_PROMPTS.filter((prompt) => classifier.scanText(prompt).length === 0);
    const result = classifier.classify({ model: 'm', messages: clean.map((content) => ({ role: 'user' as const, content })) });
    assert.deepEqual(result, { sensitive: false, findings: [], spans: [], uncertain: [] });
  });
});

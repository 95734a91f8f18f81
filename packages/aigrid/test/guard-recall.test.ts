import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildGuardCorpus } from '../bench/guard-corpus/corpus-builder.js';
import { CONTEXTUAL_TYPES, STRUCTURED_TYPES } from '../bench/guard-corpus/label-types.js';
import { evaluateGuard } from '../bench/guard-eval.js';
import { createClassifier } from '../src/guard/guard.js';

/*
 * The held-out corpus (bench/guard-corpus/, built apart from the detectors' own test generators)
 * holds issue 20's targets: every structured value found, at least 95% of each contextual class,
 * at most 1% of the prompts without personal data flagged. Deterministic (a seeded corpus), so a
 * detector change that loses recall or adds false positives fails here, not in a later bench.
 */

const evaluation = evaluateGuard(createClassifier(), buildGuardCorpus());
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

test('structured classes: every value found', () => {
  const short = STRUCTURED_TYPES.filter((type) => evaluation.perType[type].recall < 1).map((type) => `${type} ${percent(evaluation.perType[type].recall)}`);
  assert.deepEqual(short, []);
});

test('contextual classes: at least 95% each', () => {
  const short = CONTEXTUAL_TYPES.filter((type) => evaluation.perType[type].recall < 0.95).map((type) => `${type} ${percent(evaluation.perType[type].recall)}`);
  assert.deepEqual(short, []);
});

test('prompts without personal data: at most 1% flagged', () => {
  assert.ok(evaluation.falsePositives.rate <= 0.01, `${percent(evaluation.falsePositives.rate)}: ${JSON.stringify(evaluation.falsePositives.spansByType)}`);
});

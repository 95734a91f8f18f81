/*
 * The guard module's public surface: classify requests for personal data and secrets, redact them
 * to placeholders, and restore the values in the model's answer.
 */
export { BUILTIN_DETECTOR_IDS } from './builtin-detectors.js';
export type { DictionarySpec, PatternSpec } from './custom-detectors.js';
export {
  createClassifier,
  type Classifier,
  type ClassifierOptions,
  type GuardFinding,
  type GuardResult,
  type TextSpans,
} from './guard-classifier.js';
export type { GuardCategory, GuardSpan } from './guard-types.js';
export { redact, type Redaction } from './request-redaction.js';
export type { ClassifiableInput, TextPath } from './request-texts.js';
export type { StreamRestorer } from './stream-restorer.js';

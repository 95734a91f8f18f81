import { apiKeyDetector } from './api-key-detector.js';
import { creditCardDetector } from './card-detector.js';
import { emailDetector } from './email-detector.js';
import { esDniDetector } from './es-dni-detector.js';
import type { Detector } from './guard-types.js';
import { ibanDetector } from './iban-detector.js';
import { inAadhaarDetector } from './in-aadhaar-detector.js';
import { brCpfDetector } from './br-cpf-detector.js';
import { deTaxIdDetector } from './de-tax-id-detector.js';
import { frNirDetector } from './fr-nir-detector.js';
import { itFiscalCodeDetector } from './it-fiscal-code-detector.js';
import { ptNifDetector } from './pt-nif-detector.js';
import { ipv4Detector } from './ipv4-detector.js';
import { ipv6Detector } from './ipv6-detector.js';
import { nlBsnDetector } from './nl-bsn-detector.js';
import { jwtDetector, privateKeyDetector } from './pem-jwt-detectors.js';
import { phoneDetector } from './phone-detector.js';
import { secretAssignmentDetector } from './secret-assignment-detector.js';
import { ukNinoDetector } from './uk-nino-detector.js';
import { usSsnDetector } from './us-ssn-detector.js';
import { personNameDetector } from './context/person-name-detector.js';
import { postalAddressDetector } from './context/postal-address-detector.js';
import { dateOfBirthDetector } from './context/date-of-birth-detector.js';
import { idDocumentDetector } from './context/id-document-detector.js';

/**
 * Every built-in detector, in priority order: when two spans of equal length overlap, the one from
 * the earlier detector is kept (a vendor key over the generic high-entropy secret, and so on).
 */
export const BUILTIN_DETECTORS: readonly Detector[] = Object.freeze([
  privateKeyDetector,
  jwtDetector,
  apiKeyDetector,
  ibanDetector,
  creditCardDetector,
  usSsnDetector,
  ukNinoDetector,
  esDniDetector,
  nlBsnDetector,
  inAadhaarDetector,
  frNirDetector,
  itFiscalCodeDetector,
  ptNifDetector,
  deTaxIdDetector,
  brCpfDetector,
  emailDetector,
  ipv6Detector,
  ipv4Detector,
  // Before phone: a labelled document number of digits only is a document, not a phone number.
  dateOfBirthDetector,
  idDocumentDetector,
  phoneDetector,
  postalAddressDetector,
  personNameDetector,
  secretAssignmentDetector,
]);

/** Ids accepted by `createClassifier({ detectors })`. */
export const BUILTIN_DETECTOR_IDS: readonly string[] = Object.freeze(BUILTIN_DETECTORS.map((detector) => detector.id));

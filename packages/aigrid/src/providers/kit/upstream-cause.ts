import { GridError } from '../../spec/grid-error.js';

/**
 * The class of a provider failure, for the log line and the client's message: what an operator
 * checks next (DNS name, the server being up, the network, a timeout, certificates, the answer).
 */
export type UpstreamCause = 'dns' | 'refused' | 'reset' | 'timeout' | 'tls' | 'status' | 'other';

const BY_CODE: Readonly<Record<string, UpstreamCause>> = {
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  EAI_FAIL: 'dns',
  EAI_NONAME: 'dns',
  ECONNREFUSED: 'refused',
  ECONNRESET: 'reset',
  EPIPE: 'reset',
  ECONNABORTED: 'reset',
  UND_ERR_SOCKET: 'reset',
  UND_ERR_CLOSED: 'reset',
  ETIMEDOUT: 'timeout',
  UND_ERR_CONNECT_TIMEOUT: 'timeout',
  UND_ERR_HEADERS_TIMEOUT: 'timeout',
  UND_ERR_BODY_TIMEOUT: 'timeout',
};

const TLS_CODE = /^(ERR_TLS_|ERR_SSL_|ERR_OSSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|HOSTNAME_MISMATCH)/;

/** Words for the client's message, by cause. */
export const CAUSE_WORDS: Readonly<Record<UpstreamCause, string>> = {
  dns: 'DNS lookup failed',
  refused: 'connection refused',
  reset: 'connection reset',
  timeout: 'timed out',
  tls: 'TLS handshake failed',
  status: 'error status',
  other: 'transport error',
};

/** Classifies an error, following its `cause` chain (undici wraps the socket error). */
export function upstreamCause(error: unknown): UpstreamCause {
  for (let at: unknown = error, depth = 0; at && depth < 6; depth++) {
    if (at instanceof GridError && at.upstreamStatus !== undefined && at.code !== 'upstream_timeout') return 'status';
    const code = (at as { code?: unknown }).code;
    if (typeof code === 'string') {
      if (BY_CODE[code]) return BY_CODE[code];
      if (TLS_CODE.test(code)) return 'tls';
    }
    at = (at as { cause?: unknown }).cause;
  }
  return 'other';
}

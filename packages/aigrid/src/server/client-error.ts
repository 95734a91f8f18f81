import { maxHeaderSize } from 'node:http';
import type { Socket } from 'node:net';
import { GridError } from '../spec/grid-error.js';
import type { ErrorCode } from '../spec/error-codes.js';
import { drainThenClose } from './body-limits.js';
import type { Logger } from './logger.js';

/*
 * Requests Node's HTTP parser refuses never reach the request handler: the server's 'clientError'
 * event gets the parse error and the raw socket. Node's own answer is a bare `HTTP/1.1 400`; the
 * gateway writes its error envelope instead, with a request id and `connection: close`, then
 * drains the socket (body-limits.ts) so the client reads the answer rather than a reset.
 */

interface Refusal {
  code: ErrorCode;
  message: string;
}

const HEADERS_TOO_LARGE: Refusal = {
  code: 'headers_too_large',
  message: `The request headers are too large: at most ${maxHeaderSize} bytes of request line and headers together.`,
};

// Parser error codes (llhttp's HPE_*) the gateway names; any other is a generic malformed request.
const REFUSALS: Record<string, Refusal> = {
  HPE_HEADER_OVERFLOW: HEADERS_TOO_LARGE,
  HPE_INVALID_HEADER_TOKEN: { code: 'malformed_request', message: 'A request header has an invalid character (e.g. NUL or a control character) in its name or value.' },
  HPE_LF_EXPECTED: { code: 'malformed_request', message: 'A request line or header ends in a bare CR; lines must end in CRLF.' },
  HPE_CR_EXPECTED: { code: 'malformed_request', message: 'A request line or header is not terminated by CRLF.' },
  HPE_INVALID_CONTENT_LENGTH: { code: 'malformed_request', message: 'The content-length header is not a non-negative decimal number.' },
  HPE_UNEXPECTED_CONTENT_LENGTH: { code: 'malformed_request', message: 'The request has both content-length and transfer-encoding; send only one.' },
  HPE_INVALID_TRANSFER_ENCODING: { code: 'malformed_request', message: 'The transfer-encoding header is invalid, or sent together with content-length; send only one.' },
  HPE_INVALID_METHOD: { code: 'malformed_request', message: 'The request method is not a known HTTP method.' },
  HPE_INVALID_URL: { code: 'malformed_request', message: 'The request target is not a valid URL path.' },
  HPE_INVALID_VERSION: { code: 'malformed_request', message: 'The HTTP version is not supported; use HTTP/1.1.' },
  HPE_INVALID_CHUNK_SIZE: { code: 'malformed_request', message: 'A chunk of the chunked request body has an invalid size line.' },
  HPE_CHUNK_EXTENSIONS_OVERFLOW: { code: 'malformed_request', message: 'The chunk extensions of the chunked request body are too long.' },
  HPE_PAUSED_H2_UPGRADE: { code: 'malformed_request', message: 'HTTP/2 is not supported on this port; use HTTP/1.1.' },
  HPE_INVALID_EOF_STATE: { code: 'malformed_request', message: 'The connection ended before the request (headers or body) was complete.' },
  ERR_HTTP_REQUEST_TIMEOUT: { code: 'request_timeout', message: 'The request (headers and body) did not arrive in time.' },
};

const MALFORMED: Refusal = { code: 'malformed_request', message: 'The request is not valid HTTP/1.1.' };

const REASONS: Record<number, string> = { 400: 'Bad Request', 405: 'Method Not Allowed', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' };

/** The error a parser failure is answered with (exported for tests). */
export function clientErrorFor(error: { code?: string }): GridError {
  const refusal = (error.code && REFUSALS[error.code]) || MALFORMED;
  return new GridError(refusal.code, refusal.message);
}

/** The full raw HTTP answer for a parser failure: the envelope, a request id, `connection: close`. */
export function rawErrorResponse(error: GridError, requestId: string): string {
  const body = JSON.stringify(error.toEnvelope());
  return (
    `HTTP/1.1 ${error.status} ${REASONS[error.status] ?? 'Bad Request'}\r\n` +
    'content-type: application/json\r\n' +
    `content-length: ${Buffer.byteLength(body)}\r\n` +
    `x-request-id: ${requestId}\r\n` +
    'x-aigrid-overhead-ms: 0.000\r\n' +
    'connection: close\r\n\r\n' +
    body
  );
}

type ParserSocket = Socket & { _httpMessage?: { headersSent?: boolean } | null };

/**
 * The server's 'clientError' listener. The parser stays in its error state and reports again for
 * every later packet, so each socket is answered once.
 */
export function createClientErrorHandler(logger: Logger, newRequestId: () => string) {
  const answered = new WeakSet<Socket>();
  return (error: Error & { code?: string }, socket: ParserSocket): void => {
    if (answered.has(socket)) return;
    answered.add(socket);
    // A client that reset the connection cannot read an answer.
    if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    // An answer already under way on this socket cannot be followed by another one.
    if (socket._httpMessage?.headersSent) return void socket.destroy();
    const refusal = clientErrorFor(error);
    const requestId = newRequestId();
    logger.info('request refused by the HTTP parser', { requestId, code: refusal.code, parserError: error.code ?? 'unknown' });
    socket.end(rawErrorResponse(refusal, requestId));
    drainThenClose(socket);
  };
}

/** The server's 'connect' listener: CONNECT gets the envelope (Node would close without a word). */
export function createConnectHandler(logger: Logger, newRequestId: () => string) {
  return (_req: unknown, socket: Socket): void => {
    const requestId = newRequestId();
    const refusal = new GridError('method_not_allowed', 'CONNECT is not supported: the gateway is not a proxy.');
    logger.info('request refused by the HTTP parser', { requestId, code: refusal.code, parserError: 'CONNECT' });
    socket.end(rawErrorResponse(refusal, requestId));
    drainThenClose(socket);
  };
}

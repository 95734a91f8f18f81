import { once } from 'node:events';
import type { ServerResponse } from 'node:http';
import { toGridError } from '../../spec/grid-error.js';
import type { ChatStream } from '../../spec/openai-wire.js';
import { startEventStream } from '../http-io.js';
import type { RequestContext } from '../request-context.js';
import type { GatewayDeps } from '../gateway-deps.js';
import { GridError } from '../../spec/grid-error.js';
import { StreamMeter } from '../metering/stream-meter.js';

/**
 * Writes a chat stream to the client event by event, respecting backpressure. Once bytes have
 * reached the client an error can no longer change the status, so it ends the stream with an
 * error event in the API's envelope.
 */
export async function pipeChatStream(context: RequestContext, res: ServerResponse, stream: ChatStream, deps: GatewayDeps): Promise<void> {
  startEventStream(res, context);
  const meter = new StreamMeter(context, deps);
  try {
    for await (const event of stream) {
      if (meter.due(event.data) && !(await meter.allow())) {
        // A hard budget ran out mid-stream: finish the choice properly, then say why.
        res.write(`data: ${meter.finishChunk(event.data)}\n\n`);
        throw new GridError('budget_exceeded', 'The budget ran out during this response; output so far is billed.');
      }
      if (!res.write(`data: ${event.data}\n\n`)) await once(res, 'drain', { signal: context.abortSignal(res) });
    }
  } catch (error) {
    const failure = toGridError(error);
    context.usage = stream.usage();
    // The route already counted this deployment a success when its first chunk came.
    if (context.deployment && failure.code !== 'client_closed_request') deps.router.health.recordFailure(context.deployment, failure);
    // Headers already said 200; the log records that the client left (499) or what failed.
    context.complete(failure.code === 'client_closed_request' ? 499 : 200, failure.code, () => {
      if (!res.destroyed) res.end(`data: ${JSON.stringify(failure.toEnvelope())}\n\n`);
    });
    return;
  }
  context.usage = stream.usage();
  context.complete(200, undefined, () => res.end('data: [DONE]\n\n'));
}

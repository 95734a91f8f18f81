import { request } from 'undici';
import { chatBody, jsonHeaders, type Endpoint } from './endpoint.js';

/**
 * One plain and one streamed request before any timing: a target that answers 401s or an
 * error page quickly must be reported as broken, not as fast.
 */
export async function smokeCheck(endpoint: Endpoint): Promise<void> {
  const url = endpoint.origin + endpoint.path;
  const headers = { ...jsonHeaders, ...endpoint.headers };
  const plain = await request(url, { method: 'POST', headers, body: chatBody(endpoint.model, false) });
  const text = await plain.body.text();
  let content: unknown;
  try {
    content = JSON.parse(text)?.choices?.[0]?.message?.content;
  } catch {
    content = undefined;
  }
  if (plain.statusCode !== 200 || typeof content !== 'string') {
    throw new Error(`chat request answered ${plain.statusCode}: ${text.slice(0, 300)}`);
  }
  const streamed = await request(url, { method: 'POST', headers, body: chatBody(endpoint.model, true) });
  const events = await streamed.body.text();
  if (streamed.statusCode !== 200 || !events.includes('data: [DONE]')) {
    throw new Error(`streamed chat request answered ${streamed.statusCode}: ${events.slice(0, 300)}`);
  }
}

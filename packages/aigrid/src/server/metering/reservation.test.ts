import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TenantConfig } from '../../config/config-types.js';
import { costOf } from '../../metering/cost.js';
import { deployment } from '../../../test/support/router/router-fixtures.js';
import type { RoutePlan } from '../../router/index.js';
import { deploymentPrices } from '../routing/route-decision.js';
import { worstCase } from './reservation.js';

const CARD = 'openai-compatible/priced';
// $10 / $1,000 per million tokens at list price.
const listed = deployment('a', { cardId: CARD, maxOutputTokens: 1000, pricing: { inputPerMTokMicros: 10_000_000, outputPerMTokMicros: 1_000_000_000 } });
const plan = { ordered: [listed] } as unknown as RoutePlan;
const request = { model: 'priced', messages: [{ role: 'user' as const, content: 'hi' }], max_tokens: 10 };
const tenant = (prices: TenantConfig['prices']): TenantConfig => ({ name: 'vip', prices });

test('a reservation is priced at the tenant’s negotiated prices, as settlement is', () => {
  const list = worstCase(request, plan, undefined);
  const vip = worstCase(request, plan, tenant({ [CARD]: { inputPerMTok: 1_000_000, outputPerMTok: 100_000_000 } }));
  assert.equal(vip.inputTokens, list.inputTokens);
  assert.equal(vip.outputTokens, 10);
  assert.equal(list.micros, Math.ceil((list.inputTokens * 10_000_000) / 1e6) + 10 * 1_000);
  assert.equal(vip.micros, Math.ceil((vip.inputTokens * 1_000_000) / 1e6) + 10 * 100);
  // The same usage costs at settlement what the reservation held for it.
  const prices = deploymentPrices(listed, tenant({ [CARD]: { inputPerMTok: 1_000_000, outputPerMTok: 100_000_000 } }));
  assert.equal(costOf({ inputTokens: vip.inputTokens, outputTokens: vip.outputTokens }, prices).micros, vip.micros);
});

test('negotiated prices replace only the fields they set, and only on their card', () => {
  const cheaperOutput = worstCase(request, plan, tenant({ [CARD]: { outputPerMTok: 500_000_000 } }));
  const list = worstCase(request, plan, undefined);
  assert.equal(cheaperOutput.micros, list.micros - 10 * 500);
  assert.deepEqual(worstCase(request, plan, tenant({ 'openai/gpt-4o': { inputPerMTok: 0, outputPerMTok: 0 } })), list);
});

import { LUA_PRELUDE } from './redis-lua-prelude.js';

/**
 * Settles a reservation: drops its holds, adds the actual cost to spent, corrects token windows
 * and releases leases, once per reservation id (a marker remembers it was done). The spend is
 * recorded even when the hold already expired. With idempotent = 0 only token corrections run.
 *
 * KEYS: settled marker, per budget (budget hash, holds zset), per token window (hash), per lease (zset).
 * ARGV: now (-1 = Redis time), id, actual, idempotent, marker ms, #budgets, #tokens, #leases,
 *       per budget: charge, retain ms; per token window: bucket (-1 = current), window ms,
 *       bucket ms, delta; per lease: charge.
 * Reply: {settled (1/0), now, (spent, reserved) per budget}.
 */
export const SETTLE_SCRIPT = `${LUA_PRELUDE}
local now = clock(ARGV[1])
local id, actual, idempotent, marker_ms = ARGV[2], tonumber(ARGV[3]), ARGV[4] == '1', tonumber(ARGV[5])
local nb, nt, nl = tonumber(ARGV[6]), tonumber(ARGV[7]), tonumber(ARGV[8])
local marker = KEYS[1]
local settled = 1
if idempotent and redis.call('EXISTS', marker) == 1 then settled = 0 end
local arg, key = 9, 2
local budgets = {}
for i = 1, nb do
  budgets[i] = { bkey = KEYS[key], hkey = KEYS[key + 1], charge = ARGV[arg] == '1', retain = tonumber(ARGV[arg + 1]) }
  arg, key = arg + 2, key + 2
end
for _ = 1, nt do
  local wkey, bucket = KEYS[key], tonumber(ARGV[arg])
  local window_ms, bucket_ms, delta = tonumber(ARGV[arg + 1]), tonumber(ARGV[arg + 2]), tonumber(ARGV[arg + 3])
  if bucket < 0 then bucket = math.floor(now / bucket_ms) end
  -- A correction for a bucket that already slid out of the window changes nothing that counts.
  if settled == 1 and bucket >= math.floor((now - window_ms) / bucket_ms) then
    add_to_window(wkey, bucket, delta, now, window_ms, bucket_ms)
  end
  arg, key = arg + 4, key + 1
end
for _ = 1, nl do
  if settled == 1 and ARGV[arg] == '1' then redis.call('ZREM', KEYS[key], id) end
  arg, key = arg + 1, key + 1
end
local reply = { settled, now }
for _, budget in ipairs(budgets) do
  reap_budget(budget.bkey, budget.hkey, now)
  if settled == 1 and budget.charge then
    drop_hold(budget.bkey, budget.hkey, id)
    redis.call('HINCRBY', budget.bkey, 'spent', actual)
    retain(budget.bkey, budget.retain)
  end
end
for _, budget in ipairs(budgets) do
  local spent, reserved = counters(budget.bkey)
  reply[#reply + 1] = spent
  reply[#reply + 1] = reserved
end
if idempotent and settled == 1 then redis.call('SET', marker, '1', 'PX', marker_ms) end
return reply
`;

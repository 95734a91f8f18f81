import { LUA_PRELUDE } from './redis-lua-prelude.js';

/**
 * Raises a reservation's hold to `held` on every budget, if every hard budget still allows it,
 * and renews the expiry of the holds and leases (a long stream keeps them alive by extending).
 * A hold that already expired is simply taken again.
 *
 * KEYS: settled marker, per budget (budget hash, holds zset), per lease (zset).
 * ARGV: now (-1 = Redis time), id, held, ttl, #budgets, #leases,
 *       per budget: hard, limit, charge, retain ms; per lease: charge.
 * Reply: {1, now, (spent, reserved) per budget} or {0, now, settled (1/0), index (from 0), used}.
 */
export const EXTEND_SCRIPT = `${LUA_PRELUDE}
local now = clock(ARGV[1])
local id, held, ttl = ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[4])
local nb, nl = tonumber(ARGV[5]), tonumber(ARGV[6])
if redis.call('EXISTS', KEYS[1]) == 1 then return { 0, now, 1, -1, 0 } end
local arg, key = 7, 2
local budgets = {}
for i = 1, nb do
  budgets[i] = { bkey = KEYS[key], hkey = KEYS[key + 1], hard = ARGV[arg] == '1', limit = tonumber(ARGV[arg + 1]),
    charge = ARGV[arg + 2] == '1', retain = tonumber(ARGV[arg + 3]) }
  arg, key = arg + 4, key + 2
end
for i, budget in ipairs(budgets) do
  reap_budget(budget.bkey, budget.hkey, now)
  local used = used_by_others(budget.bkey, id)
  local spent, reserved = counters(budget.bkey)
  if budget.hard and used + held > budget.limit then return { 0, now, 0, i - 1, spent + reserved } end
end
local expires = now + ttl
for _, budget in ipairs(budgets) do
  if budget.charge then
    set_hold(budget.bkey, budget.hkey, id, held, expires)
    retain(budget.bkey, budget.retain)
    retain(budget.hkey, budget.retain)
  end
end
for _ = 1, nl do
  if ARGV[arg] == '1' then
    redis.call('ZADD', KEYS[key], expires, id)
    retain(KEYS[key], ttl)
  end
  arg, key = arg + 1, key + 1
end
local reply = { 1, now }
for _, budget in ipairs(budgets) do
  local spent, reserved = counters(budget.bkey)
  reply[#reply + 1] = spent
  reply[#reply + 1] = reserved
end
return reply
`;

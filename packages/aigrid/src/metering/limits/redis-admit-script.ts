import { LUA_PRELUDE } from './redis-lua-prelude.js';

/**
 * Admission in one script, so no other gateway can interleave: first every check (budgets, then
 * windows, then leases, in the order given), then — only if all pass — every charge. Values read
 * in the checks are kept per key and updated by the charges, so the reply needs no second read.
 *
 * KEYS: per budget (budget hash, holds zset), then per window (window hash), then per lease (zset).
 * ARGV: now (-1 = Redis time), id, amount, ttl, #budgets, #windows, #leases,
 *       per budget: hard, limit, charge, retain ms; per window: limit, window ms, bucket ms,
 *       amount, charge; per lease: limit, charge.
 * Reply: {1, now, (spent, reserved) per budget, (used, bucket) per window, active per lease}
 *     or {0, now, list (1 budgets, 2 windows, 3 leases), index (from 0), used, retry ms or -1}.
 */
export const ADMIT_SCRIPT = `${LUA_PRELUDE}
local now = clock(ARGV[1])
local id, amount, ttl = ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[4])
local nb, nw, nl = tonumber(ARGV[5]), tonumber(ARGV[6]), tonumber(ARGV[7])
local hold_field = 'h:' .. id
local arg, key = 8, 1
local budgets, windows, leases = {}, {}, {}
local state = {}

for i = 1, nb do
  local budget = { bkey = KEYS[key], hkey = KEYS[key + 1], hard = ARGV[arg] == '1', limit = tonumber(ARGV[arg + 1]),
    charge = ARGV[arg + 2] == '1', retain = tonumber(ARGV[arg + 3]) }
  budgets[i] = budget
  arg, key = arg + 4, key + 2
  local known = state[budget.bkey]
  if not known then
    reap_budget(budget.bkey, budget.hkey, now)
    local values = redis.call('HMGET', budget.bkey, 'spent', 'reserved', hold_field)
    known = { spent = tonumber(values[1]) or 0, reserved = tonumber(values[2]) or 0, own = tonumber(values[3]) or 0 }
    state[budget.bkey] = known
  end
  local used = known.spent + known.reserved
  if budget.hard and used - known.own + amount > budget.limit then return { 0, now, 1, i - 1, used, -1 } end
end
for i = 1, nw do
  local window = { wkey = KEYS[key], limit = tonumber(ARGV[arg]), window_ms = tonumber(ARGV[arg + 1]),
    bucket_ms = tonumber(ARGV[arg + 2]), amount = tonumber(ARGV[arg + 3]), charge = ARGV[arg + 4] == '1' }
  windows[i] = window
  arg, key = arg + 5, key + 1
  local used, counted = window_usage(window.wkey, now, window.window_ms, window.bucket_ms)
  if used + window.amount > window.limit or used >= window.limit then
    local retry = window_retry(counted, used, window.amount, window.limit, now, window.window_ms, window.bucket_ms)
    return { 0, now, 2, i - 1, used, retry }
  end
  state[window.wkey] = state[window.wkey] or { used = used }
end
for i = 1, nl do
  local lease = { lkey = KEYS[key], limit = tonumber(ARGV[arg]), charge = ARGV[arg + 1] == '1' }
  leases[i] = lease
  arg, key = arg + 2, key + 1
  local known = state[lease.lkey]
  if not known then
    known = { active = lease_count(lease.lkey, now), mine = redis.call('ZSCORE', lease.lkey, id) ~= false }
    state[lease.lkey] = known
  end
  local others = known.active - (known.mine and 1 or 0)
  if others + 1 > lease.limit then return { 0, now, 3, i - 1, others, -1 } end
end

local expires = now + ttl
local reply = { 1, now }
for _, budget in ipairs(budgets) do
  local known = state[budget.bkey]
  if budget.charge then
    known.reserved = known.reserved - known.own + amount
    known.own = amount
    redis.call('HSET', budget.bkey, 'reserved', known.reserved, hold_field, amount)
    redis.call('ZADD', budget.hkey, expires, id)
    if budget.retain > 0 then
      redis.call('PEXPIRE', budget.bkey, budget.retain)
      redis.call('PEXPIRE', budget.hkey, budget.retain)
    end
  end
end
for _, budget in ipairs(budgets) do
  reply[#reply + 1] = state[budget.bkey].spent
  reply[#reply + 1] = state[budget.bkey].reserved
end
local bucket_of = {}
for i, window in ipairs(windows) do
  bucket_of[i] = math.floor(now / window.bucket_ms)
  if window.charge then
    redis.call('HINCRBY', window.wkey, bucket_of[i], window.amount)
    -- The bucket just charged is the newest, so it sets the key's expiry.
    redis.call('PEXPIRE', window.wkey, (bucket_of[i] + 1) * window.bucket_ms + window.window_ms - now)
    state[window.wkey].used = state[window.wkey].used + window.amount
  end
end
for i, window in ipairs(windows) do
  reply[#reply + 1] = state[window.wkey].used
  reply[#reply + 1] = bucket_of[i]
end
for _, lease in ipairs(leases) do
  local known = state[lease.lkey]
  if lease.charge then
    redis.call('ZADD', lease.lkey, expires, id)
    retain(lease.lkey, ttl)
    if not known.mine then known.active, known.mine = known.active + 1, true end
  end
end
for _, lease in ipairs(leases) do reply[#reply + 1] = state[lease.lkey].active end
return reply
`;

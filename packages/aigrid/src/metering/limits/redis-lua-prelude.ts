/**
 * Lua helpers shared by the Redis scripts; each script is this prelude plus its own body. They
 * mirror `memory-limit-state.ts` and `window-math.ts` step for step. Every number handled here
 * is an integer below 2^53 (micro-USD, tokens, epoch ms), so Lua's doubles hold it exactly.
 */
export const LUA_PRELUDE = `
-- The limiter's time: the caller's clock when given (tests), else Redis's own, so every
-- gateway process measures windows and expiries against one clock.
local function clock(given)
  local value = tonumber(given)
  if value >= 0 then return value end
  local now = redis.call('TIME')
  return tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
end

-- Keeps a key at least ttl ms more (never shortens a longer expiry; ttl <= 0 keeps it forever).
local function retain(key, ttl)
  if ttl <= 0 then return end
  local current = redis.call('PTTL', key)
  if current < ttl then redis.call('PEXPIRE', key, ttl) end
end

local function add_reserved(bkey, delta)
  if delta == 0 then return end
  if redis.call('HINCRBY', bkey, 'reserved', delta) < 0 then redis.call('HSET', bkey, 'reserved', 0) end
end

-- Releases the holds of reservations that expired (a crashed gateway's), a bounded batch per call.
local function reap_budget(bkey, hkey, now)
  local expired = redis.call('ZRANGEBYSCORE', hkey, '-inf', now, 'LIMIT', 0, 500)
  if #expired == 0 then return end
  for _, id in ipairs(expired) do
    local field = 'h:' .. id
    add_reserved(bkey, -(tonumber(redis.call('HGET', bkey, field)) or 0))
    redis.call('HDEL', bkey, field)
  end
  redis.call('ZREM', hkey, unpack(expired))
end

-- Spent + reserved, less what reservation id itself holds.
local function used_by_others(bkey, id)
  local values = redis.call('HMGET', bkey, 'spent', 'reserved', 'h:' .. id)
  return (tonumber(values[1]) or 0) + (tonumber(values[2]) or 0) - (tonumber(values[3]) or 0)
end

local function counters(bkey)
  local values = redis.call('HMGET', bkey, 'spent', 'reserved')
  return tonumber(values[1]) or 0, tonumber(values[2]) or 0
end

local function set_hold(bkey, hkey, id, amount, expires)
  local field = 'h:' .. id
  add_reserved(bkey, amount - (tonumber(redis.call('HGET', bkey, field)) or 0))
  redis.call('HSET', bkey, field, amount)
  redis.call('ZADD', hkey, expires, id)
end

local function drop_hold(bkey, hkey, id)
  local field = 'h:' .. id
  add_reserved(bkey, -(tonumber(redis.call('HGET', bkey, field)) or 0))
  redis.call('HDEL', bkey, field)
  redis.call('ZREM', hkey, id)
end

-- The window's usage at now and its counted buckets (oldest first); older buckets are deleted.
local function window_usage(wkey, now, window_ms, bucket_ms)
  local oldest = math.floor((now - window_ms) / bucket_ms)
  local fields = redis.call('HGETALL', wkey)
  local used, counted, stale = 0, {}, {}
  for i = 1, #fields, 2 do
    local bucket, count = tonumber(fields[i]), tonumber(fields[i + 1])
    if bucket < oldest then
      stale[#stale + 1] = fields[i]
    else
      used = used + count
      counted[#counted + 1] = { bucket, count }
    end
  end
  if #stale > 0 then redis.call('HDEL', wkey, unpack(stale)) end
  table.sort(counted, function(left, right) return left[1] < right[1] end)
  return used, counted
end

-- Time until amount more fits, as the oldest buckets slide out; -1 when it never fits.
local function window_retry(counted, used, amount, limit, now, window_ms, bucket_ms)
  if amount > limit then return -1 end
  local left = used
  for _, entry in ipairs(counted) do
    left = left - entry[2]
    if left + amount <= limit and left < limit then
      return math.max(1, (entry[1] + 1) * bucket_ms + window_ms - now)
    end
  end
  return math.max(1, window_ms)
end

local function add_to_window(wkey, bucket, delta, now, window_ms, bucket_ms)
  if redis.call('HINCRBY', wkey, bucket, delta) < 0 then redis.call('HSET', wkey, bucket, 0) end
  retain(wkey, (bucket + 1) * bucket_ms + window_ms - now)
end

-- Live leases, expired ones removed.
local function lease_count(lkey, now)
  redis.call('ZREMRANGEBYSCORE', lkey, '-inf', now)
  return redis.call('ZCARD', lkey)
end
`;

import { LUA_PRELUDE } from './redis-lua-prelude.js';

/**
 * Reads budgets, windows and leases for "remaining" headers (reaping what expired on the way).
 *
 * KEYS: per budget (budget hash, holds zset), per window (hash), per lease (zset).
 * ARGV: now (-1 = Redis time), #budgets, #windows, #leases, per window: window ms, bucket ms.
 * Reply: {now, (spent, reserved) per budget, used per window, active per lease}.
 */
export const PEEK_SCRIPT = `${LUA_PRELUDE}
local now = clock(ARGV[1])
local nb, nw, nl = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local reply = { now }
local arg, key = 5, 1
for _ = 1, nb do
  reap_budget(KEYS[key], KEYS[key + 1], now)
  local spent, reserved = counters(KEYS[key])
  reply[#reply + 1] = spent
  reply[#reply + 1] = reserved
  key = key + 2
end
for _ = 1, nw do
  reply[#reply + 1] = window_usage(KEYS[key], now, tonumber(ARGV[arg]), tonumber(ARGV[arg + 1]))
  arg, key = arg + 2, key + 1
end
for _ = 1, nl do
  reply[#reply + 1] = lease_count(KEYS[key], now)
  key = key + 1
end
return reply
`;

/**
 * GCRA as a reservation, in one atomic Lua call: every caller on every machine reserves the next
 * slot of the shared schedule and learns how long to wait for it. Nobody polls, nobody races, and
 * the clock is Redis's own (TIME), so machines with skewed clocks still share one schedule.
 *
 * KEYS[1] the helpdesk's schedule key (holds the theoretical arrival time, ms with decimals)
 * ARGV[1] emission interval T in ms (may be fractional)
 * ARGV[2] burst tolerance tau in ms (requests allowed back to back when idle = tau / T + 1)
 * ARGV[3] how many consecutive slots to reserve (a process's concurrent requests, in one call)
 * Returns the FIRST slot's wait in microseconds (integer, negative when it is already due): slot
 * k may be sent after max(0, wait + k·T).
 */
export const GCRA_RESERVE_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local interval = tonumber(ARGV[1])
local tau = tonumber(ARGV[2])
local count = tonumber(ARGV[3] or '1')
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < now then tat = now end
local wait = tat - tau - now
local nextTat = tat + interval * count
redis.call('SET', KEYS[1], string.format('%.3f', nextTat), 'PX', math.ceil(nextTat - now + tau) + 1000)
return math.ceil(wait * 1000)
`;

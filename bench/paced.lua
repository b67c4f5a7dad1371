-- wrk script: holds the request rate of each wrk thread to RATE / threads requests per second (an open
-- schedule: a slot every interval, whatever the responses), so that latency can be measured at a given
-- fraction of saturation. Debian's wrk 4 has no -R (that is wrk2); LuaJIT's FFI gives a wall clock.
local ffi = require("ffi")
ffi.cdef[[
  typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
  int clock_gettime(int clk_id, bench_timespec *tp);
]]
local ts = ffi.new("bench_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
  return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

local rate = tonumber(os.getenv("RATE") or "100")
local threads = tonumber(os.getenv("THREADS") or "2")
local interval = 1000 * threads / rate
local next_slot = nil

function delay()
  local t = now_ms()
  if next_slot == nil or next_slot < t - 1000 then
    next_slot = t
  end
  next_slot = next_slot + interval
  local wait = next_slot - t
  if wait < 0 then return 0 end
  return wait
end

done = function(summary, latency, requests)
  io.write(string.format("PACED rps=%.1f p50=%.2f p99=%.2f max=%.2f errors=%d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
end

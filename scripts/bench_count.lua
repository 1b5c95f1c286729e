-- wrk script of scripts/bench.py: every thread (one connection each) sends
-- its quota of requests (the script's argument) and stops; it prints
-- "THREAD DONE" when it has, so that the benchmark can end wrk's run at once.
-- At the end, one line the benchmark reads:
-- BENCH <requests> <answers other than 200> <socket errors> <median latency in microseconds>
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  quota = tonumber(args[1])
  answered = 0
  not_ok = 0
end

function response(status, headers, body)
  answered = answered + 1
  if status ~= 200 then
    not_ok = not_ok + 1
  end
  if answered >= quota then
    io.write("THREAD DONE\n")
    io.flush()
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("not_ok")
  end
  local e = summary.errors
  io.write(string.format(
    "BENCH %d %d %d %d\n",
    summary.requests, bad, e.connect + e.read + e.write + e.timeout, latency:percentile(50)
  ))
end

-- SPDX-License-Identifier: GPL-3.0-or-later
-- wrk script for bench/sync/ingest.sh: every request a new session (a fresh uuid as id and
-- Idempotency-Key) built from the record template, sent with the device token.
local threads = {}

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  local file = assert(io.open(os.getenv("PASSERELLE_TEMPLATE"), "r"))
  template = file:read("*a"):gsub("%s+$", "")
  file:close()
  token = os.getenv("PASSERELLE_TOKEN")
  math.randomseed(os.time() * 1000 + tid)
  prefix = string.format("%08x", math.random(0, 0x7fffffff))
  counter = 0
end

function request()
  counter = counter + 1
  local id = string.format("%s-%04x-4000-8000-%012x", prefix, tid, counter)
  local body = template:gsub("__ID__", id)
  return wrk.format("POST", "/api/v1/sessions", {
    ["Authorization"] = "Bearer " .. token,
    ["Idempotency-Key"] = id,
    ["Content-Type"] = "application/json",
  }, body)
end

function done(summary, latency, requests)
  io.write(string.format("requests: %d, non-2xx: %d, socket errors: %d\n", summary.requests,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("throughput: %.0f sessions/s\n", summary.requests / (summary.duration / 1e6)))
  for _, p in ipairs({50, 90, 99, 99.9}) do
    io.write(string.format("p%s latency: %.2f ms\n", p, latency:percentile(p) / 1000))
  end
end

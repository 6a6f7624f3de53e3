-- GET /public/ho-so/<PREFIX><0001..CODES>, random code per request; prints the percentiles at the end.
local n = tonumber(os.getenv("CODES") or "1000")
local prefix = os.getenv("PREFIX")
request = function()
  return wrk.format("GET", "/public/ho-so/" .. prefix .. string.format("%04d", math.random(1, n)),
    {["Accept-Encoding"] = "gzip"})
end
done = function(summary, latency, requests)
  io.write(string.format("requests %d, non-2xx %d, errors %d: p50 %.1f ms, p90 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    summary.requests, summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end

-- Shared by the wrk scripts here: prints the request count, errors and latency percentiles at the end of a run.
done = function(summary, latency, requests)
  io.write(string.format("requests %d, non-2xx/3xx %d, errors %d: p50 %.1f ms, p90 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    summary.requests, summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end

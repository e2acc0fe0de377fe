-- Shared by the wrk scripts of bench/run-api-bench.sh: prints one parseable line at the end of a run,
--   WRK_RESULT requests=… seconds=… requests_per_sec=… p50_ms=… p99_ms=… non2xx=… socket_errors=…
-- Latencies come from wrk's latency histogram (microseconds); non-2xx answers count in non2xx.
function done(summary, latency, requests)
   local seconds = summary.duration / 1e6
   local e = summary.errors
   io.write(string.format(
      "WRK_RESULT requests=%d seconds=%.2f requests_per_sec=%.1f p50_ms=%.3f p99_ms=%.3f non2xx=%d socket_errors=%d\n",
      summary.requests, seconds, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(99) / 1000,
      e.status, e.connect + e.read + e.write + e.timeout))
end

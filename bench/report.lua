-- Shared by the wrk scripts of bench/: after wrk's own summary, one machine-readable line
-- "BENCH_JSON {...}" with throughput, latency percentiles (ms) and every kind of error.
function done(summary, latency, requests)
   local e = summary.errors
   local seconds = summary.duration / 1e6
   io.write(string.format(
      'BENCH_JSON {"requests":%d,"seconds":%.3f,"rps":%.2f,"bytes":%d,"bytes_per_s":%.0f,' ..
      '"p50_ms":%.3f,"p90_ms":%.3f,"p99_ms":%.3f,"p999_ms":%.3f,"max_ms":%.3f,"mean_ms":%.3f,' ..
      '"connect_errors":%d,"read_errors":%d,"write_errors":%d,"timeouts":%d,"non_2xx_3xx":%d}\n',
      summary.requests, seconds, summary.requests / seconds, summary.bytes, summary.bytes / seconds,
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      latency:percentile(99.9) / 1000, latency.max / 1000, latency.mean / 1000,
      e.connect, e.read, e.write, e.timeout, e.status))
end

-- wrk script: prints the figures bench/run.sh reads, in one line.
done = function(summary, latency, requests)
  io.write(string.format("SAT rps=%.1f p50=%.2f p99=%.2f errors=%d non2xx=%d bytes=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status, summary.bytes))
end

/**
 * Benchmark reports: the runs as CSV (read back to merge shards), the benchmark's metadata, an HTML page with
 * embedded PNG plots (JFreeChart: best over time, time to target, gaps), a Markdown table for the docs, the machine
 * description, medians and spreads, and the reference values (best-known files, published results, the built-in
 * reference cuts).
 */
package io.hyperseed.report;

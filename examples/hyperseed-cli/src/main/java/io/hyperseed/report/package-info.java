/**
 * Benchmark reports: the runs as CSV, an HTML page with embedded PNG plots (JFreeChart), a Markdown table for the
 * docs, the machine description, and the reference tables (best-known values, published results) read from CSV.
 */
package io.hyperseed.report;

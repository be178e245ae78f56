/**
 * {@code hyperseed benchmark}: every (instance, config, framework, repeat) on the same budget and machine, in a
 * seeded random or interleaved order after an unrecorded warm-up, one run at a time or several at once, optionally
 * one slice ({@link io.hyperseed.cli.benchmark.Shard}) of the run matrix; then the CSV, HTML, PNG and Markdown
 * reports of {@link io.hyperseed.report}.
 */
package io.hyperseed.cli.benchmark;

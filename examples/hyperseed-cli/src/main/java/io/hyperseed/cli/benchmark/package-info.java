/**
 * {@code hyperseed benchmark}: every (instance, config, framework, repeat) on the same budget and machine, one
 * after the other, then the CSV, HTML, PNG and Markdown reports of {@link io.hyperseed.report}.
 */
package io.hyperseed.cli.benchmark;

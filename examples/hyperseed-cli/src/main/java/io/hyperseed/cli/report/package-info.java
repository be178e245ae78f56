/** {@code hyperseed report}: merges benchmark shard folders into one report. */
package io.hyperseed.cli.report;

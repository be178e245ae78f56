/** The incremental score calculator (core ScoreTracker bookkeeping) and the equivalent constraint providers. */
package io.hyperseed.timefold.score;

/** Affinity propagation on a precomputed similarity and the per-graph community cache built on it. */
@NullMarked
package io.hyperseed.graphap.cluster;

import org.jspecify.annotations.NullMarked;

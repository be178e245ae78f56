/** DJL graph classifiers (GCN, GIN, community attention) over block-diagonal sparse mini-batches. */
@NullMarked
package io.hyperseed.graphap.model;

import org.jspecify.annotations.NullMarked;

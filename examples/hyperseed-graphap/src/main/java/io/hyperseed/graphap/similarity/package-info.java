/** Per-graph structural node similarity: shortest-path distances and random-walk hitting times. */
@NullMarked
package io.hyperseed.graphap.similarity;

import org.jspecify.annotations.NullMarked;

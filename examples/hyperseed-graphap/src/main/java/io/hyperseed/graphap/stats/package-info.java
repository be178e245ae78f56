/** Paired tests over folds. */
@NullMarked
package io.hyperseed.graphap.stats;

import org.jspecify.annotations.NullMarked;

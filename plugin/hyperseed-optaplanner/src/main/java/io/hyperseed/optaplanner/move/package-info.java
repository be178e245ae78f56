/** Swap moves inside choice groups, so local search moves between feasible points. */
package io.hyperseed.optaplanner.move;

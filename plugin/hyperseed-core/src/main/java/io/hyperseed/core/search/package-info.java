/**
 * Framework-neutral search logic that the solver adapters wrap in their own move selectors: the best-improvement
 * flip neighbourhood with elite perturbation ({@link io.hyperseed.core.search.FlipNeighbourhood}).
 */
package io.hyperseed.core.search;

/**
 * Search support for constrained 0-1 programs, shared by both solver adapters: the ranked neighbourhood (flips and
 * exchanges under an adaptive violation penalty, strategic oscillation), clause-directed WalkSAT flips, and the
 * feasibility repair / greedy construction for knapsack rows and choice groups.
 */
package io.hyperseed.core.constrained;

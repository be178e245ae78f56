/** Solver-neutral seeds: the assignment a construction heuristic hands to a solver, and the seeder contract. */
package io.hyperseed.core.seed;

/**
 * Hyperseed for OptaPlanner 10: the HGNN+ neural construction phase, the binary planning domain, its incremental
 * score, moves and shipped solver configs, and {@link io.hyperseed.optaplanner.OptaplannerHybridSolver} (framework
 * {@code optaplanner}) for the CLI. Only what OptaPlanner's annotations and interfaces force lives here; problem
 * building, seeding, rounding and score bookkeeping come from the core and neural modules.
 */
package io.hyperseed.optaplanner;

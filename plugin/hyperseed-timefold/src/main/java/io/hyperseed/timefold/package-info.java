/**
 * Hyperseed for Timefold Solver 2.x: a binary planning domain ({@link io.hyperseed.timefold.domain}), exact
 * incremental scores and equivalent constraint streams ({@link io.hyperseed.timefold.score}), flip and choice-group
 * swap moves ({@link io.hyperseed.timefold.move}), the neural construction phase
 * ({@link io.hyperseed.timefold.phase}), shipped solver configurations ({@link io.hyperseed.timefold.BuiltInConfigs})
 * and the CLI facade {@link io.hyperseed.timefold.TimefoldHybridSolver}. See {@code docs/timefold.md}.
 */
package io.hyperseed.timefold;

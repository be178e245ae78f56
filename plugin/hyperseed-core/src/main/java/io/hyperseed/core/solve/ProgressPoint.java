package io.hyperseed.core.solve;

import java.time.Duration;

/**
 * A new best solution during a solve.
 *
 * @param elapsed time since the solve started
 * @param objective the objective of the new best solution
 * @param violation its total constraint violation
 * @param phase which phase produced it ({@code neural}, {@code construction}, {@code tabu}, ...)
 */
public record ProgressPoint(Duration elapsed, double objective, double violation, String phase) {}

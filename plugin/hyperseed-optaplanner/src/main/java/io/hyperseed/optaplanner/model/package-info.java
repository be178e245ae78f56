/**
 * The neural phase in the user's own OptaPlanner model: the user declares the boolean planning variables that are
 * the binary decisions ({@link io.hyperseed.core.model.decision.Decisions}) and a PUBO over them
 * ({@link io.hyperseed.core.model.decision.PuboFormulation}); {@link io.hyperseed.optaplanner.model.NeuralModelCommand}
 * trains on it and writes the values through the {@code ScoreDirector}. See {@code docs/user-guide.md}.
 */
package io.hyperseed.optaplanner.model;

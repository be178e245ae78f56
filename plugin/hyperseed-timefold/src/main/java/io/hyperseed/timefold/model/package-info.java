/**
 * The neural construction phase in the user's own Timefold model: the user describes which boolean planning
 * variables are the binary decisions ({@link io.hyperseed.core.model.decision.Decisions}) and gives a PUBO
 * formulation of the objective and constraints over them ({@link io.hyperseed.core.model.decision.PuboFormulation});
 * {@link io.hyperseed.timefold.model.NeuralModelPhase} trains on it and writes the rounded values into the user's
 * entities through {@code Moves.change}. See the section "Add the phase to your own model" of
 * {@code docs/user-guide.md}.
 */
package io.hyperseed.timefold.model;

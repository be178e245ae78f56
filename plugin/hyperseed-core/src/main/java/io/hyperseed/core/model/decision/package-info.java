/**
 * Framework-neutral pieces of "add the neural phase to your own model": which of a user's boolean planning
 * variables are the decisions ({@link io.hyperseed.core.model.decision.Decisions}) and the PUBO restricted to the
 * free ones when some are pinned ({@link io.hyperseed.core.model.decision.FixedVariables}). The Timefold and
 * OptaPlanner model phases both use them.
 */
package io.hyperseed.core.model.decision;

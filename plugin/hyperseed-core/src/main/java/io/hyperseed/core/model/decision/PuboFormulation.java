package io.hyperseed.core.model.decision;

import io.hyperseed.core.model.PuboProblem;

/**
 * What a user implements once to use the neural phase in their own Timefold or OptaPlanner model (the same
 * interface for both): declares which boolean planning variables
 * of a solution are the binary decisions and returns a PUBO over them (objective terms of any degree with an
 * explicit sense; constraints {@code <=}, {@code =}, {@code >=}; exactly-one and at-most-one groups), built with
 * {@link PuboProblem#builder}. Variable {@code i} of the PUBO is decision {@code i} of {@link Decisions}.
 *
 * <p>The formulation should agree with the model's own score on feasible solutions (a constraint violated iff a
 * hard constraint is broken; objective = the soft score up to sign and a constant); the phase only trains on it
 * and the user's score decides afterwards. Called once per phase run, on the solver's working solution; it must
 * not change the solution.
 *
 * @param <S> the planning solution type
 */
@FunctionalInterface
public interface PuboFormulation<S> {

    /**
     * Declares the decisions of {@code solution} into {@code decisions} and returns the PUBO over them (its number
     * of variables must equal {@code decisions.size()}).
     */
    PuboProblem formulate(S solution, Decisions decisions);
}

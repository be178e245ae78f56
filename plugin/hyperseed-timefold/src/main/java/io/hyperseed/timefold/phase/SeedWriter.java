package io.hyperseed.timefold.phase;

import ai.timefold.solver.core.api.solver.phase.PhaseCommandContext;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.builtin.Moves;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.seed.Seed;
import io.hyperseed.core.seed.Seeder;
import io.hyperseed.core.seed.SeedingContext;
import io.hyperseed.core.seed.SeedingException;
import io.hyperseed.timefold.domain.BinarySolution;
import io.hyperseed.timefold.domain.BinaryVariable;
import io.hyperseed.timefold.domain.ValueVariable;

/**
 * The step shared by the seeding phases: runs a {@link Seeder} on the working solution's problem and writes the
 * assignment into the working solution through the phase context ({@code Moves.change} per variable whose value
 * differs or is unassigned), so the score director, shadow variables and best-solution tracking stay consistent.
 * {@code O(seeder + n + sum of changed variables' degrees)}.
 */
final class SeedWriter {

    private SeedWriter() {}

    /** Seeds the working solution's problem with {@code seeder} and writes the result; returns the seed. */
    static <S extends BinarySolution> Seed seedAndWrite(
            PhaseCommandContext<S> context, Seeder seeder, SeedingContext seeding) {
        PuboProblem problem = context.getWorkingSolution().getProblem();
        Seed seed;
        try {
            seed = seeder.seed(problem, seeding);
        } catch (SeedingException e) {
            throw new IllegalStateException(
                    "The seeder (" + seeder.getClass().getSimpleName() + ") failed on " + problem + ": "
                            + e.getMessage() + " Maybe wrap it in a FallbackSeeder?",
                    e);
        }
        write(context, seed.values());
        return seed;
    }

    /** Sets every variable to {@code values[index]} through the context. */
    static <S extends BinarySolution> void write(PhaseCommandContext<S> context, boolean[] values) {
        PlanningVariableMetaModel<S, BinaryVariable, Boolean> value = ValueVariable.of(context.getSolutionMetaModel());
        for (BinaryVariable variable : context.getWorkingSolution().getVariables()) {
            Boolean target = values[variable.getIndex()];
            if (!target.equals(variable.getValue())) {
                context.execute(Moves.change(value, variable, target));
            }
        }
    }
}

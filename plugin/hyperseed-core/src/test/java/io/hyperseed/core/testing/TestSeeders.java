package io.hyperseed.core.testing;

import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.seed.Seed;
import io.hyperseed.core.seed.Seeder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/** Seeders with known answers for the adapters' phase tests, and the failure helper they share. */
public final class TestSeeders {

    private TestSeeders() {}

    /** A seeder that sets variable {@code i} to {@code value.test(i)}, labelled {@code producer}. {@code O(n)}. */
    public static Seeder fixed(String producer, IntPredicate value) {
        return (problem, context) -> {
            boolean[] values = new boolean[problem.numVariables()];
            for (int i = 0; i < values.length; i++) {
                values[i] = value.test(i);
            }
            return new Seed(Solution.evaluate(problem, values), producer, Duration.ZERO, Map.of());
        };
    }

    /** {@code seeder}, recording every problem it is given and the start values of its context. */
    public static Seeder recording(Seeder seeder, List<PuboProblem> problems, List<float[]> starts) {
        return (problem, context) -> {
            problems.add(problem);
            starts.add(context.startValues());
            return seeder.seed(problem, context);
        };
    }

    /** The message of the innermost cause of {@code e} (frameworks wrap a phase's exception). */
    public static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}

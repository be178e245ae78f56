package io.hyperseed.core.search;

import io.hyperseed.core.baseline.GreedyLocalSearch;
import io.hyperseed.core.eval.FlipGains;
import io.hyperseed.core.eval.ScoreTracker;
import io.hyperseed.core.eval.Solution;
import io.hyperseed.core.io.Instance;
import java.util.Arrays;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;

/**
 * The loss unit of an instance for simulated annealing: the size of a typical small uphill move near a good
 * solution, in the solver's fixed-point soft score units. A starting temperature written as {@code 2soft} in a
 * shipped config means twice this unit, so the same config neither freezes on weighted instances (OR-Library BQP
 * coefficients reach 100) nor melts a good seed on unit-weight graphs.
 *
 * <p>The unit is the {@value #QUANTILE_PERCENT} % quantile of the positive soft losses of the single flips that keep
 * the hard score, measured at the 1-flip optimum that {@link GreedyLocalSearch} reaches (the start of the unseeded
 * configs; a neural seed is 1-flip optimal too, with losses of the same size), and at least 1. Cost: the greedy
 * search ({@code O(sweeps * size)}), then {@code O(size + n log n)} for the gains and the quantile. Deterministic.
 */
public final class AnnealingTemperature {

    /** The quantile of the positive one-flip losses taken as the unit, in percent. */
    public static final int QUANTILE_PERCENT = 10;

    private AnnealingTemperature() {}

    /**
     * The loss unit of {@code instance} (its max-cut hypergraph when it has one, else its program), or empty when
     * {@code stop} said so before the unit was known.
     */
    public static OptionalLong unit(Instance instance, BooleanSupplier stop) {
        Solution start = GreedyLocalSearch.solve(instance.problem(), stop);
        if (stop.getAsBoolean()) {
            return OptionalLong.empty();
        }
        ScoreTracker tracker =
                instance.maxCutHypergraph().map(ScoreTracker::of).orElseGet(() -> ScoreTracker.of(instance.problem()));
        tracker.reset(start.values());
        return OptionalLong.of(unitAt(tracker.gains(), tracker.numVariables()));
    }

    /**
     * The unit at the current assignment of {@code gains} over {@code n} variables: the {@value #QUANTILE_PERCENT} %
     * quantile (nearest rank) of {@code -softGain(v)} over the variables with {@code softGain(v) < 0} and
     * {@code hardGain(v) == 0}; 1 when there is no such flip. {@code O(n log n)}.
     */
    public static long unitAt(FlipGains gains, int n) {
        long[] losses = new long[n];
        int count = 0;
        for (int v = 0; v < n; v++) {
            long soft = gains.softGain(v);
            if (soft < 0 && gains.hardGain(v) == 0) {
                losses[count++] = -soft;
            }
        }
        if (count == 0) {
            return 1L;
        }
        Arrays.sort(losses, 0, count);
        int rank = Math.max(1, (int) Math.ceil(count * QUANTILE_PERCENT / 100.0));
        return Math.max(1L, losses[rank - 1]);
    }

    /**
     * {@code temperature} ({@code "<hard>hard/<soft>soft"}, Timefold's and OptaPlanner's HardSoftLong form) with its
     * soft part multiplied by {@code unit}; the hard part stays as written.
     *
     * @throws IllegalArgumentException when {@code temperature} is not in that form
     */
    public static String scaled(String temperature, long unit) {
        String[] parts = temperature.trim().split("/");
        if (parts.length != 2 || !parts[0].endsWith("hard") || !parts[1].endsWith("soft")) {
            throw new IllegalArgumentException("The simulated annealing temperature (" + temperature
                    + ") is not of the form <hard>hard/<soft>soft. Maybe 0hard/2soft?");
        }
        long soft;
        try {
            soft = Long.parseLong(parts[1].substring(0, parts[1].length() - "soft".length()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "The soft part of the simulated annealing temperature (" + temperature
                            + ") is not a whole number. Maybe 0hard/2soft?",
                    e);
        }
        return parts[0] + "/" + Math.multiplyExact(soft, unit) + "soft";
    }
}

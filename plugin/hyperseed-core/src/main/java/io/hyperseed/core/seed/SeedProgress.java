package io.hyperseed.core.seed;

import java.time.Duration;

/**
 * One progress event of a training seeder.
 *
 * @param epoch the epoch just finished (1-based)
 * @param loss the relaxed loss (objective in "minimise" form plus annealing and penalties)
 * @param annealingWeight the current annealing weight {@code a(t)}
 * @param roundedObjective the objective of the best rounded solution so far (NaN before the first evaluation)
 * @param roundedViolation its total constraint violation
 * @param undecidedShare the share of outputs with {@code max(x, 1 - x) < 0.7}
 * @param elapsed wall time since the seeder started
 */
public record SeedProgress(
        int epoch,
        double loss,
        double annealingWeight,
        double roundedObjective,
        double roundedViolation,
        double undecidedShare,
        Duration elapsed) {

    /** This event with another rounded objective (e.g. shifted back to an unreduced instance). */
    public SeedProgress withRoundedObjective(double objective) {
        return new SeedProgress(epoch, loss, annealingWeight, objective, roundedViolation, undecidedShare, elapsed);
    }
}

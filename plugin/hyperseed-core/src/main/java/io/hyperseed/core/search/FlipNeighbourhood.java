package io.hyperseed.core.search;

import io.hyperseed.core.eval.FlipGains;
import io.hyperseed.core.eval.ScoreTracker;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The single-flip neighbourhood of a binary local search, offered best move first, with iterated-tabu-search style
 * perturbation: the logic behind the adapters' best-gain move selectors, which wrap each variable in their own flip
 * move and let the framework's own acceptor (tabu) and forager decide.
 *
 * <p>At the start of every step ({@link #startStep}) it reads the tracker's score. While the search improves, a step
 * offers the variables in decreasing order of flip gain (from the tracker's {@link FlipGains}: the first
 * {@link Settings#candidates()} in {@code O(k log k)}, four times as many on demand), so a tabu search whose forager takes the first
 * accepted move makes best-improvement steps. After {@link Settings#stallSteps()} steps without improving the best
 * score since the last perturbation, the step is a <em>jump</em> instead: back to the elite (best) assignment seen so
 * far, then {@code L} random flips, where {@code L} grows from {@link Settings#minKickFraction()} to
 * {@link Settings#maxKickFraction()} of the variables while jumps do not lead to a new elite. The elite snapshot
 * costs {@code O(n)} per new best (the same order as the framework's own best-solution clone); a jump
 * {@code O(n)}. Randomised through the {@link RandomGenerator} passed per step. Not thread-safe.
 */
public final class FlipNeighbourhood {

    /**
     * Settings of the neighbourhood.
     *
     * @param candidates how many best variables a step offers before it asks the gains for more ({@code >= 1})
     * @param stallSteps steps without a new best (since the last jump) before the next jump; {@code 0} never jumps
     * @param minKickFraction the share of the variables flipped at random by the first jump after a new elite
     * @param maxKickFraction the largest such share, reached after repeated unproductive jumps
     */
    public record Settings(int candidates, long stallSteps, double minKickFraction, double maxKickFraction) {

        /** Defaults measured on the G-set and seed-paper instances (docs/timefold.md, "Best-gain Tabu"). */
        public static final Settings DEFAULT = new Settings(16, 20_000L, 0.01, 0.10);

        /** A builder starting from {@link #DEFAULT}. */
        public static Builder builder() {
            return new Builder();
        }

        public Settings {
            if (candidates < 1) {
                throw new IllegalArgumentException("The candidate count (" + candidates + ") must be at least 1.");
            }
            if (stallSteps < 0) {
                throw new IllegalArgumentException("The stall step count (" + stallSteps
                        + ") must not be negative. Maybe use 0 to switch perturbation off.");
            }
            if (!(minKickFraction >= 0.0 && minKickFraction <= maxKickFraction && maxKickFraction <= 1.0)) {
                throw new IllegalArgumentException("The kick fractions (" + minKickFraction + ", " + maxKickFraction
                        + ") must satisfy 0 <= min <= max <= 1.");
            }
        }
    }

    /**
     * Collects the settings from text properties (a solver XML's {@code moveIteratorFactoryCustomProperties}), with
     * errors that name the property and its value; validated by {@link #build()}.
     */
    public static final class Builder {

        private int candidates = Settings.DEFAULT.candidates();
        private long stallSteps = Settings.DEFAULT.stallSteps();
        private double minKickFraction = Settings.DEFAULT.minKickFraction();
        private double maxKickFraction = Settings.DEFAULT.maxKickFraction();

        private Builder() {}

        /** Sets {@link Settings#candidates()} from text. */
        public Builder candidates(String value) {
            candidates = (int) parseLong("candidates", value);
            return this;
        }

        /** Sets {@link Settings#stallSteps()} from text. */
        public Builder stallSteps(String value) {
            stallSteps = parseLong("stallSteps", value);
            return this;
        }

        /** Sets {@link Settings#minKickFraction()} from text. */
        public Builder minKickFraction(String value) {
            minKickFraction = parseDouble("minKickFraction", value);
            return this;
        }

        /** Sets {@link Settings#maxKickFraction()} from text. */
        public Builder maxKickFraction(String value) {
            maxKickFraction = parseDouble("maxKickFraction", value);
            return this;
        }

        /** The settings; throws {@link IllegalArgumentException} when they are inconsistent. */
        public Settings build() {
            return new Settings(candidates, stallSteps, minKickFraction, Math.max(minKickFraction, maxKickFraction));
        }

        private static long parseLong(String name, String value) {
            try {
                return Long.parseLong(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "The property " + name + " (" + value + ") is not a whole number.", e);
            }
        }

        private static double parseDouble(String name, String value) {
            try {
                return Double.parseDouble(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("The property " + name + " (" + value + ") is not a number.", e);
            }
        }
    }

    /** What one step offers. */
    public enum StepKind {
        /** The variables in decreasing order of gain ({@link #nextCandidate}). */
        BEST_FIRST,
        /** One multi-variable jump ({@link #jumpFlips}). */
        JUMP
    }

    private final ScoreTracker tracker;
    private final FlipGains gains;
    private final Settings settings;
    private final int n;
    private final boolean[] elite;
    private long eliteHard = Long.MIN_VALUE;
    private long eliteSoft = Long.MIN_VALUE;
    private long roundHard = Long.MIN_VALUE;
    private long roundSoft = Long.MIN_VALUE;
    private long stalled;
    private double kickFraction;
    private final int baseCandidates;
    private int[] candidates;
    private int candidateCount;
    private int cursor;
    private int[] jump = new int[0];
    private long steps;
    private long jumps;

    /**
     * A neighbourhood over the variables of {@code tracker}, whose {@link ScoreTracker#gains()} must not be null.
     *
     * @throws IllegalArgumentException when the tracker keeps no gains
     */
    public FlipNeighbourhood(ScoreTracker tracker, Settings settings) {
        this.tracker = tracker;
        this.gains = tracker.gains();
        if (gains == null) {
            throw new IllegalArgumentException(
                    "The score tracker (" + tracker.getClass().getSimpleName()
                            + ") keeps no flip gains. Maybe use the random flip selector for this problem.");
        }
        this.settings = settings;
        this.n = tracker.numVariables();
        this.elite = new boolean[n];
        this.kickFraction = settings.minKickFraction();
        this.baseCandidates = Math.min(settings.candidates(), Math.max(1, n));
        this.candidates = new int[baseCandidates];
    }

    /** Starts a step at the tracker's current assignment and says what it offers. */
    public StepKind startStep(RandomGenerator random) {
        steps++;
        long hard = tracker.hardScore();
        long soft = tracker.softScore();
        if (better(hard, soft, eliteHard, eliteSoft)) {
            eliteHard = hard;
            eliteSoft = soft;
            for (int v = 0; v < n; v++) {
                elite[v] = tracker.get(v);
            }
            kickFraction = settings.minKickFraction();
        }
        if (better(hard, soft, roundHard, roundSoft)) {
            roundHard = hard;
            roundSoft = soft;
            stalled = 0;
        } else {
            stalled++;
        }
        if (settings.stallSteps() > 0 && stalled >= settings.stallSteps() && n > 1 && prepareJump(random)) {
            return StepKind.JUMP;
        }
        if (candidates.length != baseCandidates) {
            candidates = new int[baseCandidates];
        }
        candidateCount = gains.best(candidates);
        cursor = 0;
        return StepKind.BEST_FIRST;
    }

    /**
     * The next variable of a {@link StepKind#BEST_FIRST} step: the best variables first; once all {@code n} have
     * been offered, uniformly random ones (the step never runs dry).
     */
    public int nextCandidate(RandomGenerator random) {
        if (cursor == candidateCount && candidateCount < n) {
            int grown = (int) Math.min(n, 4L * candidates.length);
            candidates = Arrays.copyOf(candidates, grown);
            candidateCount = gains.best(candidates);
        }
        if (cursor < candidateCount) {
            return candidates[cursor++];
        }
        return random.nextInt(n);
    }

    /** The variables a {@link StepKind#JUMP} step flips (a fresh copy). */
    public int[] jumpFlips() {
        return jump.clone();
    }

    /** Steps started so far. */
    public long steps() {
        return steps;
    }

    /** Jumps made so far. */
    public long jumps() {
        return jumps;
    }

    /** Prepares a jump; false when it would change nothing. */
    private boolean prepareJump(RandomGenerator random) {
        boolean[] target = elite.clone();
        int kicks = Math.max(1, (int) Math.round(kickFraction * n));
        for (int i = 0; i < kicks; i++) {
            int v = random.nextInt(n);
            target[v] = !target[v];
        }
        int count = 0;
        int[] flips = new int[n];
        for (int v = 0; v < n; v++) {
            if (tracker.get(v) != target[v]) {
                flips[count++] = v;
            }
        }
        if (count == 0) {
            return false;
        }
        jump = Arrays.copyOf(flips, count);
        jumps++;
        stalled = 0;
        roundHard = Long.MIN_VALUE;
        roundSoft = Long.MIN_VALUE;
        kickFraction = Math.min(settings.maxKickFraction(), kickFraction + settings.minKickFraction());
        return true;
    }

    private static boolean better(long hard, long soft, long otherHard, long otherSoft) {
        return hard > otherHard || (hard == otherHard && soft > otherSoft);
    }
}

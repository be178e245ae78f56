package io.hyperseed.core.constrained;

import io.hyperseed.core.model.PuboProblem;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.random.RandomGenerator;

/**
 * The framework-neutral half of both adapters' {@code ProgramMoveIteratorFactory}: the properties that a solver XML
 * sets ({@code <moveIteratorFactoryCustomProperties>}: {@code mode}, {@code moves}, {@code pairCandidates},
 * {@code penaltyRate}, {@code noise}, {@code tenure}, {@code walkTenure}), the {@link ProgramNeighbourhood} built
 * once per problem, and each step's sequence of moves ({@link #step}): the ranked flips and exchanges (mode
 * {@code rank}) or WalkSAT's clause-directed flips (mode {@code walk}; {@code auto} picks walk for MAX-SAT shaped
 * problems), then uniformly random flips, so a step never runs dry. The adapters turn each move into their
 * framework's move classes. Per step: {@code O(n)} to synchronise plus the neighbourhood's ranking cost.
 */
public abstract class ProgramMoveSource {

    private String mode = "auto";
    private int moves = 12;
    private int pairCandidates = 60;
    private double penaltyRate = 0.05;
    private double noise = 0.35;
    private int tenure = 0;
    private int walkTenure = 3;
    private PuboProblem builtFor;
    private ProgramNeighbourhood neighbourhood;
    private boolean walk;
    private int[] first = new int[0];
    private int[] second = new int[0];

    /** {@code auto} (default), {@code rank} or {@code walk}. */
    public void setMode(String mode) {
        String m = mode.trim().toLowerCase(Locale.ROOT);
        if (!m.equals("auto") && !m.equals("rank") && !m.equals("walk")) {
            throw new IllegalArgumentException("The mode (" + mode + ") is not one of auto, rank, walk.");
        }
        this.mode = m;
    }

    /** How many ranked moves a step offers before random flips, {@code >= 1} (default 12). */
    public void setMoves(String moves) {
        int parsed = Integer.parseInt(moves.trim());
        if (parsed < 1) {
            throw new IllegalArgumentException(
                    "The property moves (" + moves + ") must be at least 1. Maybe you meant 1?");
        }
        this.moves = parsed;
    }

    /** How many ones and zeros (each) may be paired into exchanges; 0 offers no exchanges (default 60). */
    public void setPairCandidates(String pairCandidates) {
        int parsed = Integer.parseInt(pairCandidates.trim());
        new ProgramNeighbourhood.Settings(parsed, noise, tenure, walkTenure);
        this.pairCandidates = parsed;
    }

    /** The penalty weight's relative change per step (strategic oscillation); 0 keeps it fixed (default 0.05). */
    public void setPenaltyRate(String penaltyRate) {
        double parsed = Double.parseDouble(penaltyRate.trim());
        new PenaltyWeight(1.0, parsed);
        this.penaltyRate = parsed;
    }

    /** The walk's probability of a random variable of the picked clause, in {@code [0, 1]} (default 0.35). */
    public void setNoise(String noise) {
        double parsed = Double.parseDouble(noise.trim());
        new ProgramNeighbourhood.Settings(pairCandidates, parsed, tenure, walkTenure);
        this.noise = parsed;
    }

    /** The tabu tenure of ranked moves in steps; 0 (default) for {@code max(7, n / 13)}. */
    public void setTenure(String tenure) {
        int parsed = Integer.parseInt(tenure.trim());
        new ProgramNeighbourhood.Settings(pairCandidates, noise, parsed, walkTenure);
        this.tenure = parsed;
    }

    /** The tabu tenure of walk flips (default 3). */
    public void setWalkTenure(String walkTenure) {
        int parsed = Integer.parseInt(walkTenure.trim());
        new ProgramNeighbourhood.Settings(pairCandidates, noise, tenure, parsed);
        this.walkTenure = parsed;
    }

    /**
     * Starts a step on {@code problem} (the neighbourhood is rebuilt only when the problem changes): brings the
     * neighbourhood's state in step with the working solution ({@code valueOf}) and ranks its moves.
     */
    protected final Step step(PuboProblem problem, IntPredicate valueOf, RandomGenerator random) {
        if (problem != builtFor) {
            neighbourhood = new ProgramNeighbourhood(
                    problem,
                    new PenaltyWeight(ProgramNeighbourhood.initialWeight(problem), penaltyRate),
                    new ProgramNeighbourhood.Settings(pairCandidates, noise, tenure, walkTenure));
            walk = mode.equals("walk") || (mode.equals("auto") && neighbourhood.clauseShaped());
            neighbourhood.useWalk(walk);
            first = new int[moves];
            second = new int[moves];
            builtFor = problem;
        }
        neighbourhood.sync(valueOf, random);
        int count = walk ? 0 : neighbourhood.rank(random, first, second);
        return new Step(problem.numVariables(), count, random);
    }

    /** One step's moves, best first: call {@link #advance()}, then read {@link #first()} and {@link #second()}. */
    protected final class Step {
        private final int n;
        private final int count;
        private final RandomGenerator random;
        private int next;
        private int a;
        private int b;

        private Step(int n, int count, RandomGenerator random) {
            this.n = n;
            this.count = count;
            this.random = random;
        }

        /** True while moves can be offered (always, unless the problem has no variable). */
        public boolean hasMoves() {
            return n > 0;
        }

        /** Moves on to the next move. */
        public void advance() {
            b = -1;
            if (walk) {
                int v = neighbourhood.walk(random);
                a = v >= 0 ? v : random.nextInt(n);
            } else if (next < count) {
                a = first[next];
                b = second[next++];
            } else {
                a = random.nextInt(n);
            }
        }

        /** The variable to flip, or the first of an exchange. */
        public int first() {
            return a;
        }

        /** The second variable of an exchange (the two swap values), or -1 for a single flip. */
        public int second() {
            return b;
        }
    }
}

package io.hyperseed.optaplanner.move;

import io.hyperseed.core.constrained.PenaltyWeight;
import io.hyperseed.core.constrained.ProgramNeighbourhood;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.optaplanner.domain.BinarySolution;
import io.hyperseed.optaplanner.domain.BinaryVariable;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * The structured neighbourhood of a constrained 0-1 program for OptaPlanner's local search: the same core
 * {@link ProgramNeighbourhood} as the Timefold adapter's factory of the same name. Each step it synchronises the
 * core state with the working solution ({@code O(n)}), then offers, best first, the ranked flips
 * ({@link ProgramFlipMove}) and exchanges ({@link ChoiceSwapMove} of a 1 and a 0 sharing a constraint) under the
 * adaptive violation penalty (strategic oscillation), or, for MAX-SAT, WalkSAT's clause-directed flips; then random
 * flips (a kick when every candidate is tabu). The tabu list and aspiration are the neighbourhood's own: use
 * {@code entityTabuSize} 1 and {@code acceptedCountLimit} 1. OptaPlanner's best solution (hard score first) stays
 * the best feasible one found.
 *
 * <p>Properties ({@code <moveIteratorFactoryCustomProperties>}): {@code mode} (auto, rank, walk), {@code moves}
 * (12), {@code pairCandidates} (60), {@code penaltyRate} (0.05), {@code noise} (0.35), {@code tenure} (0: automatic),
 * {@code walkTenure} (3). Original order: one flip per variable.
 */
public final class ProgramMoveIteratorFactory
        implements MoveIteratorFactory<BinarySolution, AbstractMove<BinarySolution>> {

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

    /** {@code auto}, {@code rank} or {@code walk}. */
    public void setMode(String mode) {
        String m = mode.trim().toLowerCase(Locale.ROOT);
        if (!m.equals("auto") && !m.equals("rank") && !m.equals("walk")) {
            throw new IllegalArgumentException("The mode (" + mode + ") is not one of auto, rank, walk.");
        }
        this.mode = m;
    }

    /** How many ranked candidates a step considers, {@code >= 1}. */
    public void setMoves(String moves) {
        int parsed = Integer.parseInt(moves.trim());
        if (parsed < 1) {
            throw new IllegalArgumentException("The property moves (" + moves + ") must be at least 1.");
        }
        this.moves = parsed;
    }

    /** How many ones and zeros (each) may be paired into exchanges; 0 offers none. */
    public void setPairCandidates(String pairCandidates) {
        int parsed = Integer.parseInt(pairCandidates.trim());
        new ProgramNeighbourhood.Settings(parsed, noise, tenure, walkTenure);
        this.pairCandidates = parsed;
    }

    /** The penalty weight's relative change per step; 0 keeps it fixed. */
    public void setPenaltyRate(String penaltyRate) {
        double parsed = Double.parseDouble(penaltyRate.trim());
        new PenaltyWeight(1.0, parsed);
        this.penaltyRate = parsed;
    }

    /** The walk's probability of a random variable of the picked clause. */
    public void setNoise(String noise) {
        double parsed = Double.parseDouble(noise.trim());
        new ProgramNeighbourhood.Settings(pairCandidates, parsed, tenure, walkTenure);
        this.noise = parsed;
    }

    /** The tabu tenure of ranked moves; 0 for automatic. */
    public void setTenure(String tenure) {
        int parsed = Integer.parseInt(tenure.trim());
        new ProgramNeighbourhood.Settings(pairCandidates, noise, parsed, walkTenure);
        this.tenure = parsed;
    }

    /** The tabu tenure of walk flips. */
    public void setWalkTenure(String walkTenure) {
        int parsed = Integer.parseInt(walkTenure.trim());
        new ProgramNeighbourhood.Settings(pairCandidates, noise, tenure, parsed);
        this.walkTenure = parsed;
    }

    private ProgramNeighbourhood.Settings settings() {
        return new ProgramNeighbourhood.Settings(pairCandidates, noise, tenure, walkTenure);
    }

    @Override
    public long getSize(ScoreDirector<BinarySolution> scoreDirector) {
        return scoreDirector.getWorkingSolution().getVariables().size();
    }

    @Override
    public Iterator<AbstractMove<BinarySolution>> createOriginalMoveIterator(
            ScoreDirector<BinarySolution> scoreDirector) {
        return scoreDirector.getWorkingSolution().getVariables().stream()
                .map(v -> (AbstractMove<BinarySolution>) new ProgramFlipMove(v))
                .iterator();
    }

    @Override
    public Iterator<AbstractMove<BinarySolution>> createRandomMoveIterator(
            ScoreDirector<BinarySolution> scoreDirector, Random random) {
        BinarySolution solution = scoreDirector.getWorkingSolution();
        List<BinaryVariable> variables = solution.getVariables();
        ProgramNeighbourhood hood = neighbourhood(solution.toProblem());
        java.util.random.RandomGenerator generator = random;
        hood.sync(v -> variables.get(v).isTrue(), generator);
        int count = walk ? 0 : hood.rank(generator, first, second);
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return !variables.isEmpty();
            }

            @Override
            public AbstractMove<BinarySolution> next() {
                if (walk) {
                    int v = hood.walk(generator);
                    return new ProgramFlipMove(variables.get(v >= 0 ? v : random.nextInt(variables.size())));
                }
                if (next < count) {
                    int a = first[next];
                    int b = second[next++];
                    return b < 0
                            ? new ProgramFlipMove(variables.get(a))
                            : new ChoiceSwapMove(variables.get(a), variables.get(b));
                }
                return new ProgramFlipMove(variables.get(random.nextInt(variables.size())));
            }
        };
    }

    private ProgramNeighbourhood neighbourhood(PuboProblem problem) {
        if (problem != builtFor) {
            neighbourhood = new ProgramNeighbourhood(
                    problem, new PenaltyWeight(ProgramNeighbourhood.initialWeight(problem), penaltyRate), settings());
            walk = mode.equals("walk") || (mode.equals("auto") && neighbourhood.clauseShaped());
            neighbourhood.useWalk(walk);
            first = new int[moves];
            second = new int[moves];
            builtFor = problem;
        }
        return neighbourhood;
    }
}

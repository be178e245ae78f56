package io.hyperseed.timefold.move;

import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import ai.timefold.solver.core.preview.api.move.Move;
import io.hyperseed.core.constrained.PenaltyWeight;
import io.hyperseed.core.constrained.ProgramNeighbourhood;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.timefold.domain.BinarySolution;
import io.hyperseed.timefold.domain.BinaryVariable;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The structured neighbourhood of a constrained 0-1 program for Timefold's local search, backed by the core's
 * {@link ProgramNeighbourhood}. Each step (Timefold asks for a fresh random iterator per step) it brings the core
 * state in step with the working solution, then offers, best first:
 * <ul>
 *   <li>mode {@code rank}: the {@code moves} best single flips ({@link FlipMove}) and exchanges ({@link
 *       GroupSwapMove}: a 1 and a 0 of a shared constraint swap values; drop one item, add another) under the
 *       penalised gain {@code objective gain - w * violation increase}, {@code w} adapting every step (strategic
 *       oscillation, rate {@code penaltyRate}; 0 keeps it fixed);</li>
 *   <li>mode {@code walk}: clause-directed WalkSAT flips (a random unsatisfied clause, its variable with the
 *       smallest break, a random one with probability {@code noise});</li>
 *   <li>mode {@code auto} (default): {@code walk} for MAX-SAT shaped problems, {@code rank} otherwise.</li>
 * </ul>
 * After the ranked moves it continues with uniformly random flips, so the step never runs dry. Use it with Tabu
 * Search and {@code acceptedCountLimit} 1: the forager then takes the first admissible (non-tabu or aspirating)
 * move, which makes the adaptive penalty, not the lexicographic score, choose the step, while Timefold's best
 * solution (hard score first) stays the best feasible one found.
 *
 * <p>The tabu list is the neighbourhood's own (it sees which variables each step changed): moves on variables
 * changed within the tenure are not offered unless they give a new best feasible state (aspiration), so Timefold's
 * acceptor only needs {@code entityTabuSize} 1. Properties ({@code <moveIteratorFactoryCustomProperties>}):
 * {@code mode}, {@code moves} (default 12), {@code pairCandidates} (60), {@code penaltyRate} (0.05), {@code noise}
 * (0.35), {@code tenure} (0: {@code max(7, n / 13)}), {@code walkTenure} (3). Per step: {@code O(n)} to
 * synchronise plus the core's ranking cost ({@link ProgramNeighbourhood}). Original order: one flip per variable.
 *
 * @param <S> the planning solution type
 */
public class ProgramMoveIteratorFactory<S extends BinarySolution> implements MoveIteratorFactory<S, Move<S>> {

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

    /** How many ranked moves a step offers before random flips, {@code >= 1}. */
    public void setMoves(String moves) {
        this.moves = positive("moves", moves);
    }

    /** How many ones and zeros (each) may be paired into exchanges; 0 offers no exchanges. */
    public void setPairCandidates(String pairCandidates) {
        int parsed = Integer.parseInt(pairCandidates.trim());
        new ProgramNeighbourhood.Settings(parsed, noise, tenure, walkTenure);
        this.pairCandidates = parsed;
    }

    /** The penalty weight's relative change per step (strategic oscillation); 0 keeps it fixed. */
    public void setPenaltyRate(String penaltyRate) {
        double parsed = Double.parseDouble(penaltyRate.trim());
        new PenaltyWeight(1.0, parsed);
        this.penaltyRate = parsed;
    }

    /** The walk's probability of a random variable of the picked clause, in {@code [0, 1]}. */
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

    private ProgramNeighbourhood.Settings settings() {
        return new ProgramNeighbourhood.Settings(pairCandidates, noise, tenure, walkTenure);
    }

    private static int positive(String name, String value) {
        int parsed = Integer.parseInt(value.trim());
        if (parsed < 1) {
            throw new IllegalArgumentException(
                    "The property " + name + " (" + value + ") must be at least 1. Maybe you meant 1?");
        }
        return parsed;
    }

    @Override
    public long getSize(ScoreDirector<S> scoreDirector) {
        return scoreDirector.getWorkingSolution().getVariables().size();
    }

    @Override
    public Iterator<Move<S>> createOriginalMoveIterator(ScoreDirector<S> scoreDirector) {
        return scoreDirector.getWorkingSolution().getVariables().stream()
                .map(v -> (Move<S>) new FlipMove<S>(v))
                .iterator();
    }

    @Override
    public Iterator<Move<S>> createRandomMoveIterator(ScoreDirector<S> scoreDirector, RandomGenerator random) {
        S solution = scoreDirector.getWorkingSolution();
        List<BinaryVariable> variables = solution.getVariables();
        ProgramNeighbourhood hood = neighbourhood(solution.getProblem());
        hood.sync(v -> variables.get(v).isTrue(), random);
        int count = walk ? 0 : hood.rank(random, first, second);
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return !variables.isEmpty();
            }

            @Override
            public Move<S> next() {
                if (walk) {
                    int v = hood.walk(random);
                    return new FlipMove<>(variables.get(v >= 0 ? v : random.nextInt(variables.size())));
                }
                if (next < count) {
                    int a = first[next];
                    int b = second[next++];
                    return b < 0
                            ? new FlipMove<>(variables.get(a))
                            : new GroupSwapMove<>(variables.get(a), variables.get(b));
                }
                return new FlipMove<>(variables.get(random.nextInt(variables.size())));
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

package io.hyperseed.timefold.move;

import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.score.director.ScoreDirector;
import ai.timefold.solver.core.preview.api.move.Move;
import io.hyperseed.core.model.ChoiceConstraint;
import io.hyperseed.core.model.Constraint;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.timefold.domain.BinarySolution;
import io.hyperseed.timefold.domain.BinaryVariable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Generates {@link ChoiceSwapMove}s inside the problem's choice groups (exactly-one and at-most-one constraints).
 * In random order it draws a group, a member and another member with the other value; when every member has the
 * same value (the group is violated) it flips the drawn member instead, which moves towards feasibility. Groups of
 * one variable are skipped. Without choice groups it generates nothing, so it can sit in a union selector for any problem.
 * In original order it lists every pair of members with different values. Random: {@code O(group size)} per move.
 *
 * @param <S> the planning solution type
 */
public class ChoiceSwapMoveIteratorFactory<S extends BinarySolution> implements MoveIteratorFactory<S, Move<S>> {

    private PuboProblem groupsOf;
    private int[][] groups = new int[0][];

    @Override
    public void phaseStarted(ScoreDirector<S> scoreDirector) {
        groups(scoreDirector.getWorkingSolution().getProblem());
    }

    @Override
    public long getSize(ScoreDirector<S> scoreDirector) {
        long pairs = 0;
        for (int[] group : groups(scoreDirector.getWorkingSolution().getProblem())) {
            pairs += (long) group.length * (group.length - 1) / 2;
        }
        return pairs;
    }

    @Override
    public Iterator<Move<S>> createOriginalMoveIterator(ScoreDirector<S> scoreDirector) {
        List<BinaryVariable> variables = scoreDirector.getWorkingSolution().getVariables();
        List<Move<S>> moves = new ArrayList<>();
        for (int[] group : groups(scoreDirector.getWorkingSolution().getProblem())) {
            for (int a = 0; a < group.length; a++) {
                for (int b = a + 1; b < group.length; b++) {
                    BinaryVariable left = variables.get(group[a]);
                    BinaryVariable right = variables.get(group[b]);
                    if (left.isTrue() != right.isTrue()) {
                        moves.add(new ChoiceSwapMove<>(left, right));
                    }
                }
            }
        }
        return moves.iterator();
    }

    @Override
    public Iterator<Move<S>> createRandomMoveIterator(ScoreDirector<S> scoreDirector, RandomGenerator random) {
        int[][] all = groups(scoreDirector.getWorkingSolution().getProblem());
        if (all.length == 0) {
            return Collections.emptyIterator();
        }
        List<BinaryVariable> variables = scoreDirector.getWorkingSolution().getVariables();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Move<S> next() {
                int[] group = all[random.nextInt(all.length)];
                BinaryVariable picked = variables.get(group[random.nextInt(group.length)]);
                int others = 0;
                for (int v : group) {
                    if (variables.get(v).isTrue() != picked.isTrue()) {
                        others++;
                    }
                }
                if (others == 0) {
                    return new FlipMove<>(picked);
                }
                int chosen = random.nextInt(others);
                for (int v : group) {
                    BinaryVariable other = variables.get(v);
                    if (other.isTrue() != picked.isTrue() && chosen-- == 0) {
                        return new ChoiceSwapMove<>(picked, other);
                    }
                }
                throw new IllegalStateException("Unreachable: " + others + " candidates counted.");
            }
        };
    }

    private int[][] groups(PuboProblem problem) {
        if (problem != groupsOf) {
            List<int[]> found = new ArrayList<>();
            for (Constraint c : problem.constraints()) {
                if (c instanceof ChoiceConstraint group && group.size() >= 2) {
                    found.add(group.variables());
                }
            }
            groups = found.toArray(new int[0][]);
            groupsOf = problem;
        }
        return groups;
    }
}

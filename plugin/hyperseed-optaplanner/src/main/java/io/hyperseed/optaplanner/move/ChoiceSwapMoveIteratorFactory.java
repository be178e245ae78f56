package io.hyperseed.optaplanner.move;

import io.hyperseed.core.model.ChoiceConstraint;
import io.hyperseed.core.model.Constraint;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.optaplanner.domain.BinarySolution;
import io.hyperseed.optaplanner.domain.BinaryVariable;
import io.hyperseed.optaplanner.domain.ProgramSolution;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * {@link ChoiceSwapMove}s inside the choice groups (exactly-one and at-most-one) of a program. Random order picks a
 * group with probability proportional to its size, a random member, and the next member (cyclically from a random
 * start) whose value differs: {@code O(group size)} per move at worst. Original order lists every pair of a group
 * once (materialised: {@code O(sum of squared group sizes)}). No groups (or a max-cut solution): no moves, which a union move selector skips.
 */
public final class ChoiceSwapMoveIteratorFactory implements MoveIteratorFactory<BinarySolution, ChoiceSwapMove> {

    private PuboProblem groupsOf;
    private int[][] groups = new int[0][];
    private long[] cumulativeSizes = new long[0];

    @Override
    public long getSize(ScoreDirector<BinarySolution> scoreDirector) {
        refresh(scoreDirector.getWorkingSolution());
        long pairs = 0;
        for (int[] g : groups) {
            pairs += (long) g.length * (g.length - 1) / 2;
        }
        return pairs;
    }

    @Override
    public Iterator<ChoiceSwapMove> createOriginalMoveIterator(ScoreDirector<BinarySolution> scoreDirector) {
        BinarySolution solution = scoreDirector.getWorkingSolution();
        refresh(solution);
        List<ChoiceSwapMove> moves = new ArrayList<>();
        List<BinaryVariable> variables = solution.getVariables();
        for (int[] g : groups) {
            for (int a = 0; a < g.length; a++) {
                for (int b = a + 1; b < g.length; b++) {
                    moves.add(new ChoiceSwapMove(variables.get(g[a]), variables.get(g[b])));
                }
            }
        }
        return moves.iterator();
    }

    @Override
    public Iterator<ChoiceSwapMove> createRandomMoveIterator(
            ScoreDirector<BinarySolution> scoreDirector, Random workingRandom) {
        BinarySolution solution = scoreDirector.getWorkingSolution();
        refresh(solution);
        if (groups.length == 0) {
            return Collections.emptyIterator();
        }
        List<BinaryVariable> variables = solution.getVariables();
        long total = cumulativeSizes[cumulativeSizes.length - 1];
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public ChoiceSwapMove next() {
                long r = (long) (workingRandom.nextDouble() * total);
                int found = Arrays.binarySearch(cumulativeSizes, r + 1);
                int[] g = groups[found >= 0 ? found : -found - 1];
                int a = workingRandom.nextInt(g.length);
                BinaryVariable left = variables.get(g[a]);
                int start = workingRandom.nextInt(g.length - 1);
                int partner = -1;
                for (int k = 0; k < g.length - 1 && partner < 0; k++) {
                    int b = (a + 1 + (start + k) % (g.length - 1)) % g.length;
                    if (variables.get(g[b]).isTrue() != left.isTrue()) {
                        partner = b;
                    }
                }
                int b = partner >= 0 ? partner : (a + 1 + start) % g.length;
                return new ChoiceSwapMove(left, variables.get(g[b]));
            }
        };
    }

    private void refresh(BinarySolution solution) {
        if (!(solution instanceof ProgramSolution program)) {
            groupsOf = null;
            groups = new int[0][];
            cumulativeSizes = new long[0];
            return;
        }
        if (program.getProblem() == groupsOf) {
            return;
        }
        List<int[]> found = new ArrayList<>();
        for (Constraint c : program.getProblem().constraints()) {
            if (c instanceof ChoiceConstraint choice && choice.size() >= 2) {
                found.add(choice.variables());
            }
        }
        groups = found.toArray(new int[0][]);
        cumulativeSizes = new long[groups.length];
        long sum = 0;
        for (int g = 0; g < groups.length; g++) {
            sum += groups[g].length;
            cumulativeSizes[g] = sum;
        }
        groupsOf = program.getProblem();
    }
}

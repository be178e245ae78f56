package io.hyperseed.graphap.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * The study protocol's index split: shuffle {@code 0..n-1} with the seed, keep the last {@code testFraction} as a
 * fixed test set, and cut the rest (in shuffled order) into {@code k} near-equal validation folds; fold i trains on
 * the other k - 1 folds. Deterministic for a seed. Time O(n).
 *
 * @param testIndices the fixed test set
 * @param validationFolds validation indices of each fold
 */
public record CrossValidationPlan(int[] testIndices, List<int[]> validationFolds) {

    /** Copies the arrays. */
    public CrossValidationPlan {
        testIndices = testIndices.clone();
        validationFolds = validationFolds.stream().map(int[]::clone).toList();
    }

    /**
     * @param size number of samples n
     * @param testFraction held-out share in (0, 1); the study uses 0.2
     * @param folds number of folds k, at least 2
     * @param seed shuffle seed; the study uses 1234
     * @return the plan
     */
    public static CrossValidationPlan create(int size, double testFraction, int folds, long seed) {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("testFraction must lie in (0, 1) (" + testFraction + "). Maybe 0.2?");
        }
        int testSize = (int) Math.round(size * testFraction);
        if (folds < 2 || size - testSize < folds) {
            throw new IllegalArgumentException("Cannot cut " + (size - testSize) + " samples into (" + folds
                    + ") folds. Maybe use fewer folds or a larger data set?");
        }
        int[] order = IntStream.range(0, size).toArray();
        Random random = new Random(seed);
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int trainSize = size - testSize;
        List<int[]> validation = new ArrayList<>(folds);
        for (int f = 0; f < folds; f++) {
            int from = (int) ((long) trainSize * f / folds);
            int to = (int) ((long) trainSize * (f + 1) / folds);
            validation.add(Arrays.copyOfRange(order, from, to));
        }
        return new CrossValidationPlan(Arrays.copyOfRange(order, trainSize, size), validation);
    }

    /** @return number of folds */
    public int foldCount() {
        return validationFolds.size();
    }

    /** @return validation indices of fold {@code fold} */
    public int[] validation(int fold) {
        return validationFolds.get(fold).clone();
    }

    /** @return training indices of fold {@code fold}: every other fold, in fold order */
    public int[] training(int fold) {
        return IntStream.range(0, validationFolds.size())
                .filter(f -> f != fold)
                .flatMap(f -> Arrays.stream(validationFolds.get(f)))
                .toArray();
    }

    @Override
    public int[] testIndices() {
        return testIndices.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CrossValidationPlan p
                && Arrays.equals(testIndices, p.testIndices)
                && validationFolds.size() == p.validationFolds.size()
                && IntStream.range(0, validationFolds.size())
                        .allMatch(f -> Arrays.equals(validationFolds.get(f), p.validationFolds.get(f)));
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(testIndices) * 31 + validationFolds.size();
    }

    @Override
    public String toString() {
        return "CrossValidationPlan[test=" + testIndices.length + ", folds=" + validationFolds.size() + "]";
    }
}

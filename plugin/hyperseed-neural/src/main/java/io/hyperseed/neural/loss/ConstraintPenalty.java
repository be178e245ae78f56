package io.hyperseed.neural.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.hyperseed.core.model.ChoiceConstraint;
import io.hyperseed.core.model.Constraint;
import io.hyperseed.core.model.Literal;
import io.hyperseed.core.model.Polynomial;
import io.hyperseed.core.model.PolynomialConstraint;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.neural.data.TermLayout;
import io.hyperseed.neural.tensor.SparseMatrices;
import java.util.ArrayList;
import java.util.List;

/**
 * The relaxed violation of a problem's constraints, a differentiable tensor function of {@code x in [0,1]^n}
 * that is 0 exactly where the rounded constraints hold (at 0/1 points):
 * <ul>
 *   <li>{@code g(x) <= b}: {@code relu(g(x) - b)}; {@code g(x) >= b}: {@code relu(b - g(x))};</li>
 *   <li>{@code g(x) = b}: {@code (g(x) - b)^2};</li>
 *   <li>exactly one of {@code S}: {@code (sum_S x - 1)^2};</li>
 *   <li>at most one of {@code S}: {@code sum_{i<j in S} x_i x_j = ((sum_S x)^2 - sum_S x^2) / 2}, by sparse
 *       matmuls, {@code O(|S|)} rather than {@code O(|S|^2)};</li>
 * </ul>
 * with {@code g} the multilinear extension ({@link MultilinearExtension}). Cost {@code O(L_c)} per evaluation
 * for {@code L_c} constraint literals.
 */
public final class ConstraintPenalty {

    private final MultilinearExtension rows;
    private final NDArray rhs;
    private final NDArray lessMask;
    private final NDArray greaterMask;
    private final NDArray equalMask;
    private final NDArray atMostOne;
    private final int numConstraints;

    /** Uploads the constraints of {@code problem} into {@code manager}; {@code null} rows when unconstrained. */
    public ConstraintPenalty(PuboProblem problem, NDManager manager) {
        int n = problem.numVariables();
        List<Polynomial> lhs = new ArrayList<>();
        List<float[]> kinds = new ArrayList<>();
        List<Float> bounds = new ArrayList<>();
        List<long[]> amoEntries = new ArrayList<>();
        int groups = 0;
        for (Constraint c : problem.constraints()) {
            switch (c) {
                case PolynomialConstraint p -> {
                    lhs.add(p.lhs());
                    bounds.add((float) p.rhs());
                    kinds.add(
                            switch (p.relation()) {
                                case LESS_OR_EQUAL -> new float[] {1, 0, 0};
                                case GREATER_OR_EQUAL -> new float[] {0, 1, 0};
                                case EQUAL -> new float[] {0, 0, 1};
                            });
                }
                case ChoiceConstraint choice
                when choice.kind() == ChoiceConstraint.Kind.EXACTLY_ONE -> {
                    Polynomial.Builder sum = Polynomial.builder(n);
                    for (int v : choice.variables()) {
                        sum.addTerm(1.0, Literal.positive(v));
                    }
                    lhs.add(sum.build());
                    bounds.add(1f);
                    kinds.add(new float[] {0, 0, 1});
                }
                case ChoiceConstraint choice -> {
                    for (int v : choice.variables()) {
                        amoEntries.add(new long[] {groups, v});
                    }
                    groups++;
                }
            }
        }
        this.numConstraints = problem.constraints().size();
        if (lhs.isEmpty()) {
            rows = null;
            rhs = null;
            lessMask = null;
            greaterMask = null;
            equalMask = null;
        } else {
            rows = new MultilinearExtension(TermLayout.of(n, lhs), manager);
            float[] b = new float[lhs.size()];
            float[][] masks = new float[3][lhs.size()];
            for (int r = 0; r < b.length; r++) {
                b[r] = bounds.get(r);
                for (int k = 0; k < 3; k++) {
                    masks[k][r] = kinds.get(r)[k];
                }
            }
            rhs = manager.create(b);
            lessMask = manager.create(masks[0]);
            greaterMask = manager.create(masks[1]);
            equalMask = manager.create(masks[2]);
        }
        if (groups == 0) {
            atMostOne = null;
        } else {
            long[] r = new long[amoEntries.size()];
            long[] c = new long[amoEntries.size()];
            float[] ones = new float[amoEntries.size()];
            for (int k = 0; k < r.length; k++) {
                r[k] = amoEntries.get(k)[0];
                c[k] = amoEntries.get(k)[1];
                ones[k] = 1f;
            }
            atMostOne = SparseMatrices.coo(manager, groups, n, r, c, ones);
        }
    }

    /** True when the problem has constraints. */
    public boolean isEmpty() {
        return numConstraints == 0;
    }

    /**
     * The summed relaxed violation (a scalar attached to {@code x}'s manager) at {@code x [n]} with literal values
     * {@code lv [2n + 1]} ({@link MultilinearExtension#literalValues}).
     */
    public NDArray violation(NDArray x, NDArray lv) {
        NDArray total = x.getManager().zeros(new Shape(), x.getDataType());
        if (rows != null) {
            NDArray d = rows.rows(lv).sub(rhs);
            NDArray less = d.maximum(0f).mul(lessMask);
            NDArray greater = d.neg().maximum(0f).mul(greaterMask);
            NDArray equal = d.square().mul(equalMask);
            total = total.add(less.add(greater).add(equal).sum());
        }
        if (atMostOne != null) {
            NDArray column = x.reshape(-1, 1);
            NDArray sums = atMostOne.matMul(column);
            NDArray squares = atMostOne.matMul(column.square());
            total = total.add(sums.square().sub(squares).sum().mul(0.5f));
        }
        return total;
    }
}

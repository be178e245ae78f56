package io.hyperseed.neural.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.Sense;
import io.hyperseed.neural.data.TermLayout;
import java.util.List;

/**
 * The BIPNN training loss at outputs {@code x in [0,1]^n}:
 * {@code s * f(x) + a * sum_i 4 x_i (1 - x_i) + lambda * P(x)}, with {@code f} the multilinear extension of the
 * objective, {@code s = +1} to minimise and {@code -1} to maximise, {@code a} the annealing weight and
 * {@code lambda} the penalty weight of the relaxed violation {@code P} ({@link ConstraintPenalty}).
 * {@code O(L)} per evaluation. The tensors live in the manager given at construction (its device).
 */
public final class RelaxedLoss {

    private final MultilinearExtension objective;
    private final ConstraintPenalty penalty;
    private final float sign;

    /** Uploads the objective and constraints of {@code problem} into {@code manager}. */
    public RelaxedLoss(PuboProblem problem, NDManager manager) {
        this.objective =
                new MultilinearExtension(TermLayout.of(problem.numVariables(), List.of(problem.objective())), manager);
        this.penalty = new ConstraintPenalty(problem, manager);
        this.sign = problem.sense() == Sense.MINIMIZE ? 1f : -1f;
    }

    /** The relaxed objective {@code f(x)} (scalar shape {@code [1]}). */
    public NDArray objective(NDArray x) {
        return objective.rows(MultilinearExtension.literalValues(x));
    }

    /** The loss (scalar), attached to {@code x}'s manager. */
    public NDArray loss(NDArray x, double annealingWeight, double penaltyWeight) {
        NDArray lv = MultilinearExtension.literalValues(x);
        NDArray loss = objective.rows(lv).sum().mul(sign);
        if (annealingWeight != 0.0) {
            NDArray binary = x.mul(x.neg().add(1f)).sum().mul((float) (4.0 * annealingWeight));
            loss = loss.add(binary);
        }
        if (!penalty.isEmpty() && penaltyWeight != 0.0) {
            loss = loss.add(penalty.violation(x, lv).mul((float) penaltyWeight));
        }
        return loss;
    }
}

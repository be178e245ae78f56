package io.hyperseed.timefold.score;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import io.hyperseed.timefold.domain.BinaryVariable;
import io.hyperseed.timefold.domain.EdgePin;

/**
 * Constraint streams for {@link io.hyperseed.timefold.domain.MaxCutSolution}, equivalent to
 * {@link BinaryIncrementalScoreCalculator} on every assigned solution: pins are joined to their vertex by index and
 * counted per hyperedge on side {@code true}; a hyperedge is cut when that count is neither 0 nor its size. An
 * unassigned vertex counts as side {@code false}, as in the incremental calculator. Each hyperedge counts its
 * {@link io.hyperseed.timefold.domain.CutEdge#weight()}, which must be the weight in score units exactly as the
 * incremental path rounds it, {@link io.hyperseed.core.eval.FixedPoint#units} (ties to even; {@code ScoreAgreementTest}
 * checks it with weights that land on half units).
 */
public class MaxCutConstraintProvider implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {cutWeight(factory)};
    }

    /** Rewards each hyperedge whose vertices are not all on one side by its weight. */
    Constraint cutWeight(ConstraintFactory factory) {
        return factory.forEach(EdgePin.class)
                .join(
                        factory.forEachIncludingUnassigned(BinaryVariable.class),
                        Joiners.equal(EdgePin::vertex, BinaryVariable::getIndex))
                .groupBy((pin, vertex) -> pin.edge(), sum((pin, vertex) -> vertex.isTrue() ? 1L : 0L))
                .filter((edge, onesSide) -> onesSide > 0 && onesSide < edge.size())
                .impact(HardSoftScore.ONE_SOFT, (edge, onesSide) -> edge.weight())
                .asConstraint("cut weight");
    }
}

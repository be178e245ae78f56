package io.hyperseed.optaplanner.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;

/** Test solution: picks with values; maximise the picked value, at most one pick per group (hard). */
@PlanningSolution
public class Basket {

    @PlanningEntityCollectionProperty
    private List<Pick> picks;

    @PlanningScore
    private HardSoftScore score;

    public Basket() {}

    Basket(List<Pick> picks) {
        this.picks = new ArrayList<>(picks);
    }

    /** {@code n} picks with values in [1, 20] in groups of three. */
    static Basket random(long seed, int n) {
        Random random = new Random(seed);
        List<Pick> picks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            picks.add(new Pick(i, 1 + random.nextInt(20), i / 3));
        }
        return new Basket(picks);
    }

    public List<Pick> getPicks() {
        return picks;
    }

    @ValueRangeProvider
    public List<Boolean> getChoices() {
        return List.of(false, true);
    }

    public HardSoftScore getScore() {
        return score;
    }

    public void setScore(HardSoftScore score) {
        this.score = score;
    }
}

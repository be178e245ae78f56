package io.hyperseed.optaplanner.model;

import java.util.HashMap;
import java.util.Map;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;
import org.optaplanner.core.api.score.calculator.EasyScoreCalculator;

/** The test model's own score: hard -1 per extra pick in a group, soft + the picked values. */
public class BasketScoreCalculator implements EasyScoreCalculator<Basket, HardSoftScore> {

    @Override
    public HardSoftScore calculateScore(Basket basket) {
        Map<Integer, Integer> perGroup = new HashMap<>();
        int soft = 0;
        for (Pick pick : basket.getPicks()) {
            if (Boolean.TRUE.equals(pick.getChosen())) {
                soft += pick.getValue();
                perGroup.merge(pick.getGroup(), 1, Integer::sum);
            }
        }
        int hard = perGroup.values().stream()
                .mapToInt(count -> Math.max(0, count - 1))
                .sum();
        return HardSoftScore.of(-hard, soft);
    }
}

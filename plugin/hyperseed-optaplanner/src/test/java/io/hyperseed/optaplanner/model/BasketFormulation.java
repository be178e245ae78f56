package io.hyperseed.optaplanner.model;

import io.hyperseed.core.model.ChoiceConstraint;
import io.hyperseed.core.model.Polynomial;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.Sense;
import io.hyperseed.core.model.decision.Decisions;
import io.hyperseed.core.model.decision.PuboFormulation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The test model's PUBO: maximise sum value * chosen, at most one chosen pick per group. */
public class BasketFormulation implements PuboFormulation<Basket> {

    @Override
    public PuboProblem formulate(Basket basket, Decisions decisions) {
        Decisions.Group<Pick> chosen = decisions.add(Pick.class, "chosen", basket.getPicks());
        Polynomial.Builder objective = Polynomial.builder(decisions.size());
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (Pick pick : basket.getPicks()) {
            objective.addTerm(pick.getValue(), chosen.isTrue(pick));
            groups.computeIfAbsent(pick.getGroup(), g -> new ArrayList<>()).add(chosen.index(pick));
        }
        PuboProblem.Builder problem = PuboProblem.builder(decisions.size(), Sense.MAXIMIZE)
                .name("basket")
                .objective(objective.build());
        groups.forEach((group, members) -> problem.addConstraint(new ChoiceConstraint(
                "group" + group,
                ChoiceConstraint.Kind.AT_MOST_ONE,
                members.stream().mapToInt(Integer::intValue).toArray())));
        return problem.build();
    }
}

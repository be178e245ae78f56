package io.hyperseed.example.facility.domain;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.HardSoftScore;
import java.util.ArrayList;
import java.util.List;

/**
 * The planning solution: which facilities to open so that every customer has an open facility in reach (hard),
 * at most one facility opens per district (hard), and opening plus service costs are minimal (soft).
 */
@PlanningSolution
public class FacilityPlan {

    @PlanningEntityCollectionProperty
    private List<Facility> facilities;

    @ProblemFactCollectionProperty
    private List<Customer> customers;

    @PlanningScore
    private HardSoftScore score;

    public FacilityPlan() {}

    public FacilityPlan(List<Facility> facilities, List<Customer> customers) {
        for (int i = 0; i < facilities.size(); i++) {
            if (facilities.get(i).getId() != i) {
                throw new IllegalArgumentException("The facility at position " + i + " has id ("
                        + facilities.get(i).getId() + "). Maybe number the facilities 0, 1, 2, ...?");
            }
        }
        this.facilities = new ArrayList<>(facilities);
        this.customers = new ArrayList<>(customers);
    }

    public List<Facility> getFacilities() {
        return facilities;
    }

    public List<Customer> getCustomers() {
        return customers;
    }

    @ValueRangeProvider
    public List<Boolean> getOpenRange() {
        return List.of(false, true);
    }

    public HardSoftScore getScore() {
        return score;
    }

    public void setScore(HardSoftScore score) {
        this.score = score;
    }
}

package io.hyperseed.example.facility.solver;

import io.hyperseed.core.model.ChoiceConstraint;
import io.hyperseed.core.model.Polynomial;
import io.hyperseed.core.model.PolynomialConstraint;
import io.hyperseed.core.model.PuboProblem;
import io.hyperseed.core.model.Relation;
import io.hyperseed.core.model.Sense;
import io.hyperseed.core.model.decision.Decisions;
import io.hyperseed.core.model.decision.PuboFormulation;
import io.hyperseed.example.facility.domain.Customer;
import io.hyperseed.example.facility.domain.Facility;
import io.hyperseed.example.facility.domain.FacilityPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The facility plan as a PUBO over the {@code open} variables: minimise
 * {@code sum_f cost_f x_f + sum_c sum_k s_ck x_k prod_{j<k} (1 - x_j)} (customer {@code c} pays the service cost of
 * its {@code k}-th nearest facility in reach when that one is open and every nearer one is closed: a term of
 * degree {@code k + 1}), subject to {@code sum_{f in reach(c)} x_f >= 1} per customer and at most one open facility
 * per district. On every plan, hard score = -(total violation) and soft score = -objective, which
 * {@code FacilityFormulationTest} checks. Size: {@code O(F + sum_c reach(c)^2)} literals.
 */
public class FacilityFormulation implements PuboFormulation<FacilityPlan> {

    @Override
    public PuboProblem formulate(FacilityPlan plan, Decisions decisions) {
        Decisions.Group<Facility> open = decisions.add(Facility.class, "open", plan.getFacilities());
        int n = decisions.size();
        Polynomial.Builder cost = Polynomial.builder(n);
        Map<Integer, List<Integer>> districts = new TreeMap<>();
        for (Facility facility : plan.getFacilities()) {
            cost.addTerm(facility.getOpeningCost(), open.isTrue(facility));
            districts
                    .computeIfAbsent(facility.getDistrict(), d -> new ArrayList<>())
                    .add(open.index(facility));
        }
        PuboProblem.Builder problem = PuboProblem.builder(n, Sense.MINIMIZE).name("facility-plan");
        for (Customer customer : plan.getCustomers()) {
            int[] literals = new int[customer.reachSize()];
            Polynomial.Builder covered = Polynomial.builder(n);
            for (int k = 0; k < customer.reachSize(); k++) {
                Facility facility = plan.getFacilities().get(customer.reachFacilityId(k));
                literals[k] = open.isTrue(facility);
                cost.addTerm(customer.serviceCost(k), literals, 0, k + 1);
                literals[k] = open.isFalse(facility);
                covered.addTerm(1.0, open.isTrue(facility));
            }
            problem.addConstraint(new PolynomialConstraint(
                    "covered" + customer.getId(), covered.build(), Relation.GREATER_OR_EQUAL, 1.0));
        }
        districts.forEach((district, sites) -> {
            if (sites.size() > 1) {
                problem.addConstraint(new ChoiceConstraint(
                        "district" + district,
                        ChoiceConstraint.Kind.AT_MOST_ONE,
                        sites.stream().mapToInt(Integer::intValue).toArray()));
            }
        });
        return problem.objective(cost.build()).build();
    }
}

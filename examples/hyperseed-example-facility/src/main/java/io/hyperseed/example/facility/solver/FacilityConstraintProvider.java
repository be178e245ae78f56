package io.hyperseed.example.facility.solver;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.min;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import io.hyperseed.example.facility.domain.Customer;
import io.hyperseed.example.facility.domain.Facility;

/** The model's own score, as constraint streams: two hard rules, two soft costs. */
public class FacilityConstraintProvider implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            uncoveredCustomer(factory), twoFacilitiesInOneDistrict(factory), openingCost(factory), serviceCost(factory)
        };
    }

    // Every customer needs an open facility in reach.
    Constraint uncoveredCustomer(ConstraintFactory factory) {
        return factory.forEach(Customer.class)
                .ifNotExists(
                        Facility.class,
                        Joiners.filtering((customer, facility) -> facility.isOpen() && customer.reaches(facility)))
                .penalize(HardSoftScore.ONE_HARD)
                .asConstraint("Uncovered customer");
    }

    // At most one facility opens per district; each extra one costs one hard point.
    Constraint twoFacilitiesInOneDistrict(ConstraintFactory factory) {
        return factory.forEach(Facility.class)
                .filter(Facility::isOpen)
                .groupBy(Facility::getDistrict, count())
                .filter((district, open) -> open > 1)
                .penalize(HardSoftScore.ONE_HARD, (district, open) -> open - 1)
                .asConstraint("Two facilities in one district");
    }

    // Opening a facility costs its opening cost.
    Constraint openingCost(ConstraintFactory factory) {
        return factory.forEach(Facility.class)
                .filter(Facility::isOpen)
                .penalize(HardSoftScore.ONE_SOFT, Facility::getOpeningCost)
                .asConstraint("Opening cost");
    }

    // A covered customer costs the service cost of its nearest open facility in reach.
    Constraint serviceCost(ConstraintFactory factory) {
        return factory.forEach(Customer.class)
                .join(
                        Facility.class,
                        Joiners.filtering((customer, facility) -> facility.isOpen() && customer.reaches(facility)))
                .groupBy((customer, facility) -> customer, min(Customer::serviceCostOf))
                .penalize(HardSoftScore.ONE_SOFT, (customer, cost) -> cost)
                .asConstraint("Service cost");
    }
}

package io.hyperseed.example.facility.solver;

import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;
import io.hyperseed.example.facility.domain.Customer;
import io.hyperseed.example.facility.domain.Facility;
import io.hyperseed.example.facility.domain.FacilityPlan;
import org.junit.jupiter.api.Test;

class FacilityConstraintProviderTest {

    private final ConstraintVerifier<FacilityConstraintProvider, FacilityPlan> verifier =
            ConstraintVerifier.build(new FacilityConstraintProvider(), FacilityPlan.class, Facility.class);

    private static Facility facility(int id, int district, boolean open) {
        Facility facility = new Facility(id, 0, 0, district, 100 + id);
        facility.setOpen(open);
        return facility;
    }

    @Test
    void uncoveredCustomer() {
        Facility openOutOfReach = facility(0, 0, true);
        Facility closedInReach = facility(1, 1, false);
        Customer customer = new Customer(0, 0, 0, new int[] {1}, new int[] {10});
        verifier.verifyThat(FacilityConstraintProvider::uncoveredCustomer)
                .given(openOutOfReach, closedInReach, customer)
                .penalizesBy(1);
    }

    @Test
    void twoFacilitiesInOneDistrict() {
        verifier.verifyThat(FacilityConstraintProvider::twoFacilitiesInOneDistrict)
                .given(facility(0, 7, true), facility(1, 7, true), facility(2, 7, true), facility(3, 8, true))
                .penalizesBy(2);
    }

    @Test
    void openingCost() {
        verifier.verifyThat(FacilityConstraintProvider::openingCost)
                .given(facility(0, 0, true), facility(1, 1, false), facility(2, 2, true))
                .penalizesBy(100 + 102);
    }

    @Test
    void serviceCost() {
        Customer servedByTheNearerOpenOne = new Customer(0, 0, 0, new int[] {0, 1, 2}, new int[] {5, 8, 13});
        verifier.verifyThat(FacilityConstraintProvider::serviceCost)
                .given(facility(0, 0, false), facility(1, 1, true), facility(2, 2, true), servedByTheNearerOpenOne)
                .penalizesBy(8);
    }
}

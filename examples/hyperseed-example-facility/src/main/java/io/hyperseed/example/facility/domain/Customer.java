package io.hyperseed.example.facility.domain;

import java.util.Arrays;

/**
 * A customer (problem fact). It can be served only by the facilities in its reach, given by id with their service
 * costs, nearest first; it is served by the nearest open one. Refers to facilities by id, never by reference.
 */
public class Customer {

    private int id;
    private int x;
    private int y;
    private int[] reachFacilityIds;
    private int[] serviceCosts;

    public Customer() {}

    /**
     * @param reachFacilityIds the facilities that can serve this customer, nearest first (copied)
     * @param serviceCosts the cost of being served by each of them, same order, non-decreasing (copied)
     */
    public Customer(int id, int x, int y, int[] reachFacilityIds, int[] serviceCosts) {
        if (reachFacilityIds.length == 0 || reachFacilityIds.length != serviceCosts.length) {
            throw new IllegalArgumentException("The customer " + id + " has " + reachFacilityIds.length
                    + " facilities in reach and " + serviceCosts.length + " costs. Maybe give one cost per facility?");
        }
        for (int k = 1; k < serviceCosts.length; k++) {
            if (serviceCosts[k] < serviceCosts[k - 1]) {
                throw new IllegalArgumentException("The service costs of customer " + id + " ("
                        + Arrays.toString(serviceCosts) + ") are not nearest first. Maybe sort them?");
            }
        }
        this.id = id;
        this.x = x;
        this.y = y;
        this.reachFacilityIds = reachFacilityIds.clone();
        this.serviceCosts = serviceCosts.clone();
    }

    public int getId() {
        return id;
    }

    public int getX() {
        return x;
    }

    public int getY() {
        return y;
    }

    /** The number of facilities in reach. */
    public int reachSize() {
        return reachFacilityIds.length;
    }

    /** The {@code k}-th nearest facility in reach. */
    public int reachFacilityId(int k) {
        return reachFacilityIds[k];
    }

    /** The cost of being served by the {@code k}-th nearest facility in reach. */
    public int serviceCost(int k) {
        return serviceCosts[k];
    }

    /** True when {@code facility} can serve this customer. */
    public boolean reaches(Facility facility) {
        return position(facility.getId()) >= 0;
    }

    /** The cost of being served by {@code facility}; it must be in reach. */
    public int serviceCostOf(Facility facility) {
        int k = position(facility.getId());
        if (k < 0) {
            throw new IllegalArgumentException("The facility (" + facility + ") is not in reach of customer " + id
                    + ". Maybe filter with reaches() first?");
        }
        return serviceCosts[k];
    }

    private int position(int facilityId) {
        for (int k = 0; k < reachFacilityIds.length; k++) {
            if (reachFacilityIds[k] == facilityId) {
                return k;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return "Customer" + id;
    }
}

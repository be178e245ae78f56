package io.hyperseed.example.facility.domain;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * A candidate facility site: open it (planning variable {@link #getOpen()}) or not. Opening costs
 * {@link #getOpeningCost()}; at most one site per {@link #getDistrict() district} may open. Pinned sites keep their
 * value.
 */
@PlanningEntity
public class Facility {

    @PlanningId
    private int id;

    private int x;
    private int y;
    private int district;
    private int openingCost;

    @PlanningPin
    private boolean pinned;

    @PlanningVariable
    private Boolean open;

    public Facility() {}

    public Facility(int id, int x, int y, int district, int openingCost) {
        this.id = id;
        this.x = x;
        this.y = y;
        this.district = district;
        this.openingCost = openingCost;
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

    public int getDistrict() {
        return district;
    }

    public int getOpeningCost() {
        return openingCost;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public Boolean getOpen() {
        return open;
    }

    public void setOpen(Boolean open) {
        this.open = open;
    }

    /** True when assigned and open. */
    public boolean isOpen() {
        return Boolean.TRUE.equals(open);
    }

    @Override
    public String toString() {
        return "Facility" + id;
    }
}

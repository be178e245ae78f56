package io.hyperseed.timefold.model;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/** Test entity: an item that is picked or not; items of one group conflict (at most one per group). */
@PlanningEntity
public class Pick {

    @PlanningId
    private int id;

    private int value;
    private int group;

    @PlanningPin
    private boolean pinned;

    @PlanningVariable
    private Boolean chosen;

    public Pick() {}

    Pick(int id, int value, int group) {
        this.id = id;
        this.value = value;
        this.group = group;
    }

    public int getId() {
        return id;
    }

    public int getValue() {
        return value;
    }

    public int getGroup() {
        return group;
    }

    public boolean isPinned() {
        return pinned;
    }

    void pin(boolean chosen) {
        this.pinned = true;
        this.chosen = chosen;
    }

    public Boolean getChosen() {
        return chosen;
    }

    public void setChosen(Boolean chosen) {
        this.chosen = chosen;
    }

    @Override
    public String toString() {
        return "Pick" + id;
    }
}

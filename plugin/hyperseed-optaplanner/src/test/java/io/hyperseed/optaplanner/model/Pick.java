package io.hyperseed.optaplanner.model;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/** Test entity: an item that is picked or not; items of one group conflict (at most one per group). */
@PlanningEntity
public class Pick {

    @PlanningId
    private Integer id;

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

    public Integer getId() {
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

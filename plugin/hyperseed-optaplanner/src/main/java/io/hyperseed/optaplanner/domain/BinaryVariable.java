package io.hyperseed.optaplanner.domain;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;
import org.optaplanner.core.api.score.director.ScoreDirector;

/**
 * The planning entity: one 0/1 variable of a program, or one vertex of a max-cut hypergraph (its value is then the
 * side of the cut). It holds only its index into the immutable problem fact and its value; {@code null} means not
 * yet assigned and is scored as 0.
 */
@PlanningEntity
public class BinaryVariable {

    /** The name of the planning variable, for {@link ScoreDirector} notifications and XML. */
    public static final String VALUE = "value";

    @PlanningId
    private int index;

    @PlanningVariable(valueRangeProviderRefs = BinarySolution.VALUE_RANGE)
    private Boolean value;

    /** For the planning cloner only. */
    public BinaryVariable() {}

    /** An unassigned variable. */
    public BinaryVariable(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("The variable index (" + index + ") must be >= 0.");
        }
        this.index = index;
    }

    /** The index of the variable (or vertex) in the problem fact. */
    public int getIndex() {
        return index;
    }

    /** The value, or null when not assigned yet. */
    public Boolean getValue() {
        return value;
    }

    public void setValue(Boolean value) {
        this.value = value;
    }

    /** True when the value is 1 (an unassigned variable counts as 0). */
    public boolean isTrue() {
        return Boolean.TRUE.equals(value);
    }

    /** Sets the value through {@code scoreDirector}, notifying it before and after (no-op when unchanged). */
    public void assign(ScoreDirector<?> scoreDirector, Boolean newValue) {
        if (newValue.equals(value)) {
            return;
        }
        scoreDirector.beforeVariableChanged(this, VALUE);
        value = newValue;
        scoreDirector.afterVariableChanged(this, VALUE);
    }

    @Override
    public String toString() {
        return "x" + index + "=" + (value == null ? "?" : value ? "1" : "0");
    }
}

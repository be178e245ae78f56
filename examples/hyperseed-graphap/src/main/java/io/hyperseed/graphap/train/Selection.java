package io.hyperseed.graphap.train;

import java.util.Arrays;
import java.util.Locale;

/** Which epoch of a fold is reported. */
public enum Selection {

    /** The test accuracy of the best-validation epoch (ties: lower validation loss), with early stopping. */
    BEST_VALIDATION("best-validation"),
    /** The test accuracy after the last epoch, no early stopping (the original notebook). */
    LAST_EPOCH("last");

    private final String id;

    Selection(String id) {
        this.id = id;
    }

    /** @return the id used in options, e.g. {@code last} */
    public String id() {
        return id;
    }

    /**
     * @param id {@code best-validation} or {@code last}
     * @return the selection
     */
    public static Selection of(String id) {
        for (Selection selection : values()) {
            if (selection.id.equals(id.strip().toLowerCase(Locale.ROOT))) {
                return selection;
            }
        }
        throw new IllegalArgumentException("Unknown epoch selection (" + id + "). Maybe one of "
                + Arrays.stream(values()).map(Selection::id).toList() + "?");
    }
}

package io.hyperseed.core.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ValueSnapshotListTest {

    /** A mutable binary-variable entity, as the framework adapters have. */
    static final class Var {
        final int index;
        Boolean value;

        Var(int index, Boolean value) {
            this.index = index;
            this.value = value;
        }
    }

    private static List<Var> clone(List<Var> vars) {
        return ValueSnapshotList.of(vars, v -> v.index, v -> v.value, Var::new);
    }

    private static Boolean[] values(List<Var> vars) {
        return vars.stream().map(v -> v.value).toArray(Boolean[]::new);
    }

    @Test
    void aCloneHasTheValuesOfItsSourceAtCloneTimeInNewEntities() {
        List<Var> source = new ArrayList<>(List.of(new Var(0, true), new Var(1, false), new Var(2, null)));

        List<Var> copy = clone(source);
        source.get(0).value = false;

        assertThat(copy).hasSize(3);
        assertThat(((ValueSnapshotList<Var>) copy).isMaterialised()).isFalse();
        assertThat(values(copy)).containsExactly(true, false, null);
        assertThat(((ValueSnapshotList<Var>) copy).isMaterialised()).isTrue();
        for (int i = 0; i < 3; i++) {
            assertThat(copy.get(i)).isNotSameAs(source.get(i));
            assertThat(copy.get(i).index).isEqualTo(i);
            assertThat(copy.get(i)).isSameAs(copy.get(i));
        }
    }

    @Test
    void cloneChainsFollowEveryChangeMadeToAReadClone() {
        Random random = new Random(4);
        List<Var> working = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            working.add(new Var(i, null));
        }
        List<Var> best = clone(working);
        for (int round = 0; round < 200; round++) {
            Var v = working.get(random.nextInt(50));
            v.value = random.nextBoolean();
            if (random.nextInt(3) == 0) {
                best = clone(working);
            }
            if (random.nextInt(5) == 0) {
                List<Var> restored = clone(clone(best));
                assertThat(values(restored)).containsExactly(values(best));
                working = restored;
                best = clone(working);
            }
        }
        assertThat(values(clone(working))).containsExactly(values(working));
    }

    @Test
    void anUnreadCloneOfAnUnreadCloneSharesItsSnapshot() {
        List<Var> source = List.of(new Var(0, true), new Var(1, false));
        ValueSnapshotList<Var> first = (ValueSnapshotList<Var>) clone(source);

        List<Var> second = clone(first);

        assertThat(first.isMaterialised()).isFalse();
        assertThat(values(second)).containsExactly(true, false);
    }

    @Test
    void entitiesOutOfIndexOrderAreCopiedAtOnce() {
        List<Var> shuffled = List.of(new Var(1, true), new Var(0, false));

        List<Var> copy = clone(shuffled);

        assertThat(copy).isNotInstanceOf(ValueSnapshotList.class);
        assertThat(copy.stream().mapToInt(v -> v.index).toArray()).containsExactly(1, 0);
        assertThat(Arrays.asList(values(copy))).containsExactly(true, false);
    }
}

package io.hyperseed.cli.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RunQueueTest {

    private static PlannedRun run(int i, String config) {
        return new PlannedRun(i, i, Path.of("x.hgr"), config, "timefold", 0, 1L);
    }

    @Test
    void aSecondNeuralRunWaitsAndTheNextPlainRunGoesFirst() throws Exception {
        PlannedRun n0 = run(0, "neural-tabu");
        PlannedRun n1 = run(1, "neural-tabu");
        PlannedRun t2 = run(2, "tabu");
        RunQueue queue = new RunQueue(List.of(n0, n1, t2), r -> NeuralConfigs.isNeural(r.config()));

        assertThat(queue.next()).isEqualTo(n0);
        assertThat(queue.next()).as("n1 must wait for the training slot").isEqualTo(t2);
        queue.done(n0);
        assertThat(queue.next()).isEqualTo(n1);
        queue.done(n1);
        queue.done(t2);
        assertThat(queue.next()).isNull();
    }

    @Test
    void aNeuralRunGivesTheSlotBackWhenItsTrainingIsOver() throws Exception {
        List<PlannedRun> runs = List.of(run(0, "neural-tabu"), run(1, "neural-tabu"), run(2, "neural-tabu"));
        PlannedRun n0 = runs.get(0);
        PlannedRun n1 = runs.get(1);
        PlannedRun n2 = runs.get(2);
        RunQueue queue = new RunQueue(runs, r -> NeuralConfigs.isNeural(r.config()));

        assertThat(queue.next()).isEqualTo(n0);
        queue.release(n1); // not the holder: changes nothing
        queue.release(n0);
        queue.release(n0); // idempotent
        assertThat(queue.next()).as("n0 searches, n1 may train").isEqualTo(n1);
        queue.done(n0); // n0 no longer holds the slot: n1 keeps it
        AtomicReference<PlannedRun> handedOut = new AtomicReference<>();
        Thread waiter = new Thread(() -> {
            try {
                handedOut.set(queue.next());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiter.start();
        waiter.join(200);
        assertThat(waiter.isAlive()).as("n2 waits while n1 trains").isTrue();
        queue.done(n1);
        waiter.join(5_000);
        assertThat(waiter.isAlive()).isFalse();
        assertThat(handedOut.get()).isEqualTo(n2);
        assertThat(queue.remaining()).isZero();
    }

    @Test
    void closedQueueHandsOutNothing() throws Exception {
        RunQueue queue = new RunQueue(List.of(run(0, "tabu")), r -> false);
        queue.close();

        assertThat(queue.next()).isNull();
        assertThat(queue.remaining()).isEqualTo(1);
    }

    @Test
    void neuralConfigsAreRecognisedByNameOrXml() {
        assertThat(NeuralConfigs.isNeural("neural-tabu")).isTrue();
        assertThat(NeuralConfigs.isNeural("neural")).isTrue();
        assertThat(NeuralConfigs.isNeural("tabu")).isFalse();
        assertThat(NeuralConfigs.isNeural("simulated-annealing")).isFalse();
    }
}

package io.hyperseed.cli.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The K-th of N slices of a benchmark's run matrix (K counts from 1): the runs at positions {@code p} of the
 * planned execution order with {@code p mod N = K - 1}, so every shard gets a similar mix of instances and configs
 * and the union of the N shards is the whole plan, each run once. When {@code --shard} is not given, it is read
 * from the scheduler's environment: Slurm array jobs ({@code SLURM_ARRAY_TASK_ID}, {@code SLURM_ARRAY_TASK_MIN},
 * {@code SLURM_ARRAY_TASK_STEP}, {@code SLURM_ARRAY_TASK_COUNT}) or Kubernetes Indexed Jobs
 * ({@code JOB_COMPLETION_INDEX}, with the count from {@code --shard-count} or {@code HYPERSEED_SHARD_COUNT}).
 * {@code O(runs)} to select.
 *
 * @param index K, 1..count
 * @param count N, at least 1
 * @param origin where it came from ({@code --shard}, an environment variable, or {@code none})
 */
public record Shard(int index, int count, String origin) {

    /** The whole plan. */
    public static final Shard ALL = new Shard(1, 1, "none");
    /** The environment variable that gives the shard count to a Kubernetes Indexed Job. */
    public static final String COUNT_VARIABLE = "HYPERSEED_SHARD_COUNT";

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("The shard (" + index + "/" + count + ") must be K/N with 1 <= K <= N"
                    + " (from " + origin + "). Maybe --shard 1/" + Math.max(count, 1) + "? Shards count from 1.");
        }
    }

    /** Parses {@code K/N}. */
    public static Shard parse(String text, String origin) {
        String[] parts = text.trim().split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("The shard (" + text + ") is not K/N. Maybe --shard 1/4?");
        }
        return new Shard(integer(parts[0], text, origin), integer(parts[1], text, origin), origin);
    }

    /**
     * The shard for {@code option} ({@code K/N}, or null), {@code countOption} (the count for Kubernetes, or null)
     * and the environment {@code env}: the option first, then Slurm, then Kubernetes, else {@link #ALL}.
     */
    public static Shard resolve(String option, Integer countOption, Map<String, String> env) {
        if (option != null) {
            return parse(option, "--shard");
        }
        String slurm = env.get("SLURM_ARRAY_TASK_ID");
        if (slurm != null) {
            String count = env.get("SLURM_ARRAY_TASK_COUNT");
            if (count == null) {
                throw new IllegalArgumentException("SLURM_ARRAY_TASK_ID (" + slurm + ") is set but "
                        + "SLURM_ARRAY_TASK_COUNT is not. Maybe give --shard K/N?");
            }
            int id = integer(slurm, "SLURM_ARRAY_TASK_ID", "SLURM_ARRAY_TASK_ID");
            int min = integer(
                    env.getOrDefault("SLURM_ARRAY_TASK_MIN", "0"), "SLURM_ARRAY_TASK_MIN", "SLURM_ARRAY_TASK_MIN");
            int step = integer(
                    env.getOrDefault("SLURM_ARRAY_TASK_STEP", "1"), "SLURM_ARRAY_TASK_STEP", "SLURM_ARRAY_TASK_STEP");
            if (step < 1 || (id - min) % step != 0) {
                throw new IllegalArgumentException("The Slurm array task (" + id + ", min " + min + ", step " + step
                        + ") is not on the array's grid. Maybe give --shard K/N?");
            }
            return new Shard(
                    (id - min) / step + 1,
                    integer(count, "SLURM_ARRAY_TASK_COUNT", "SLURM_ARRAY_TASK_COUNT"),
                    "SLURM_ARRAY_TASK_ID");
        }
        String k8s = env.get("JOB_COMPLETION_INDEX");
        if (k8s != null) {
            Integer count = countOption;
            if (count == null && env.get(COUNT_VARIABLE) != null) {
                count = integer(env.get(COUNT_VARIABLE), COUNT_VARIABLE, COUNT_VARIABLE);
            }
            if (count == null) {
                throw new IllegalArgumentException("JOB_COMPLETION_INDEX (" + k8s + ") is set but the shard count is"
                        + " not. Maybe set " + COUNT_VARIABLE + " to the Job's completions, or give --shard-count?");
            }
            return new Shard(
                    integer(k8s, "JOB_COMPLETION_INDEX", "JOB_COMPLETION_INDEX") + 1, count, "JOB_COMPLETION_INDEX");
        }
        if (countOption != null) {
            throw new IllegalArgumentException("--shard-count (" + countOption + ") needs JOB_COMPLETION_INDEX in "
                    + "the environment. Maybe --shard K/" + countOption + "?");
        }
        return ALL;
    }

    /** The runs of this shard, in order, from the whole plan in execution order. */
    public List<PlannedRun> select(List<PlannedRun> ordered) {
        List<PlannedRun> mine = new ArrayList<>();
        for (PlannedRun r : ordered) {
            if (r.order() % count == index - 1) {
                mine.add(r);
            }
        }
        return mine;
    }

    /** {@code K/N}. */
    @Override
    public String toString() {
        return index + "/" + count;
    }

    private static int integer(String text, String what, String origin) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "The shard value (" + text + ") in " + what + " is not an integer " + "(from " + origin
                            + "). Maybe --shard 1/4?",
                    e);
        }
    }
}

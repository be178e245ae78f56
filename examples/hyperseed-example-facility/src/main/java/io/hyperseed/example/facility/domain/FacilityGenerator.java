package io.hyperseed.example.facility.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Random facility plans with a fixed seed: {@code districts} districts of two candidate sites each (60 units apart
 * at most, opening cost 100..399), {@code customers} customers spread uniformly over a square whose area grows
 * with the number of districts, each reaching its {@value #REACH} nearest sites (service cost = rounded distance).
 * Every plan has a feasible solution: one site per district is drawn as a witness, and a customer whose reach holds
 * no witness also reaches its nearest witness; opening all witnesses covers everyone. {@code O(C F log F)}.
 */
public final class FacilityGenerator {

    /** How many nearest sites a customer reaches (one more when it needs its nearest witness). */
    public static final int REACH = 4;

    private FacilityGenerator() {}

    /** A plan with {@code 2 * districts} facilities (unassigned) and {@code customers} customers. */
    public static FacilityPlan generate(int districts, int customers, long seed) {
        if (districts < 2 || customers < 1) {
            throw new IllegalArgumentException("The plan needs at least 2 districts (" + districts
                    + ") and 1 customer (" + customers + "). Maybe --districts 25 --customers 100?");
        }
        Random random = new Random(seed);
        int side = (int) Math.round(100 * Math.sqrt(districts));
        List<Facility> facilities = new ArrayList<>();
        boolean[] witness = new boolean[2 * districts];
        for (int d = 0; d < districts; d++) {
            int cx = random.nextInt(side);
            int cy = random.nextInt(side);
            for (int s = 0; s < 2; s++) {
                int id = facilities.size();
                facilities.add(new Facility(
                        id, cx + random.nextInt(61) - 30, cy + random.nextInt(61) - 30, d, 100 + random.nextInt(300)));
            }
            witness[2 * d + random.nextInt(2)] = true;
        }
        List<Customer> list = new ArrayList<>();
        for (int c = 0; c < customers; c++) {
            int x = random.nextInt(side);
            int y = random.nextInt(side);
            Integer[] order = IntStream.range(0, facilities.size()).boxed().toArray(Integer[]::new);
            Arrays.sort(
                    order,
                    Comparator.comparingDouble((Integer f) -> distance(facilities.get(f), x, y))
                            .thenComparingInt(f -> f));
            List<Integer> reach = new ArrayList<>(Arrays.asList(order).subList(0, Math.min(REACH, order.length)));
            if (reach.stream().noneMatch(f -> witness[f])) {
                reach.add(
                        Arrays.stream(order).filter(f -> witness[f]).findFirst().orElseThrow());
            }
            int[] ids = reach.stream().mapToInt(Integer::intValue).toArray();
            int[] costs = reach.stream()
                    .mapToInt(f -> (int) Math.round(distance(facilities.get(f), x, y)))
                    .toArray();
            list.add(new Customer(c, x, y, ids, costs));
        }
        return new FacilityPlan(facilities, list);
    }

    private static double distance(Facility facility, int x, int y) {
        return Math.hypot(facility.getX() - x, facility.getY() - y);
    }
}

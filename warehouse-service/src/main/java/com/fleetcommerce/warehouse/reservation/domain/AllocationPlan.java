package com.fleetcommerce.warehouse.reservation.domain;

import java.util.List;

/** The outcome of allocation: either every line is allocated (no shortages) or nothing is. */
public record AllocationPlan(List<Allocation> allocations, List<Shortage> shortages) {

    public AllocationPlan {
        allocations = List.copyOf(allocations);
        shortages = List.copyOf(shortages);
        if (!shortages.isEmpty() && !allocations.isEmpty()) {
            throw new IllegalArgumentException("a plan with shortages allocates nothing");
        }
    }

    public boolean complete() {
        return shortages.isEmpty();
    }
}

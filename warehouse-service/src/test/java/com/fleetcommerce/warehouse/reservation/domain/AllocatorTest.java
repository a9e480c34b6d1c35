package com.fleetcommerce.warehouse.reservation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fleetcommerce.warehouse.stock.domain.AllocatableStock;
import com.fleetcommerce.warehouse.stock.domain.StockLevel;
import com.fleetcommerce.warehouse.warehouse.domain.GeoPoint;
import org.junit.jupiter.api.Test;

class AllocatorTest {

    private static final GeoPoint HANOI = new GeoPoint(21.03, 105.85);
    private static final GeoPoint DA_NANG = new GeoPoint(16.07, 108.15);
    private static final GeoPoint HCMC = new GeoPoint(10.85, 106.75);

    private final UUID hn = UUID.randomUUID();
    private final UUID dn = UUID.randomUUID();
    private final UUID hcm = UUID.randomUUID();
    private final List<AllocatableStock> stock = new ArrayList<>();

    private void put(UUID warehouse, String code, int priority, GeoPoint at, String sku, long available) {
        stock.add(new AllocatableStock(StockLevel.restore(sku, warehouse, code, available, 0, 0, 0, 1), priority, at));
    }

    @Test
    void oneWarehouseServesTheWholeOrderWhenItCanPreferringTheLowestPriorityValue() {
        put(hn, "HN-01", 20, HANOI, "A", 5);
        put(hn, "HN-01", 20, HANOI, "B", 5);
        put(hcm, "HCM-01", 10, HCMC, "A", 5);
        put(hcm, "HCM-01", 10, HCMC, "B", 5);
        put(dn, "DN-01", 1, DA_NANG, "A", 100);

        AllocationPlan plan = Allocator.plan(List.of(new RequestedLine("A", 2), new RequestedLine("B", 2)), stock, null);

        assertThat(plan.complete()).isTrue();
        assertThat(plan.allocations()).containsExactly(new Allocation("A", hcm, 2), new Allocation("B", hcm, 2));
    }

    @Test
    void withAShipToLocationTheNearestWarehouseThatServesEverythingWins() {
        put(hn, "HN-01", 20, HANOI, "A", 5);
        put(hcm, "HCM-01", 10, HCMC, "A", 5);

        AllocationPlan plan = Allocator.plan(List.of(new RequestedLine("A", 3)), stock, new GeoPoint(21.0, 105.8));

        assertThat(plan.allocations()).containsExactly(new Allocation("A", hn, 3));
    }

    @Test
    void splitsLinesAcrossWarehousesNearestFirstWhenNoSingleOneCan() {
        put(hn, "HN-01", 30, HANOI, "A", 2);
        put(dn, "DN-01", 20, DA_NANG, "A", 2);
        put(hcm, "HCM-01", 10, HCMC, "A", 10);
        put(hn, "HN-01", 30, HANOI, "B", 1);

        AllocationPlan plan = Allocator.plan(List.of(new RequestedLine("A", 5), new RequestedLine("B", 1)), stock,
                new GeoPoint(21.0, 105.8));

        assertThat(plan.allocations()).containsExactly(
                new Allocation("A", hn, 2), new Allocation("A", dn, 2), new Allocation("A", hcm, 1),
                new Allocation("B", hn, 1));
    }

    @Test
    void withoutShipToASplitFollowsPriority() {
        put(hn, "HN-01", 30, HANOI, "A", 2);
        put(dn, "DN-01", 5, DA_NANG, "A", 2);
        put(hcm, "HCM-01", 10, HCMC, "B", 1);

        AllocationPlan plan = Allocator.plan(List.of(new RequestedLine("A", 3), new RequestedLine("B", 1)), stock, null);

        assertThat(plan.allocations()).containsExactly(
                new Allocation("A", dn, 2), new Allocation("A", hn, 1), new Allocation("B", hcm, 1));
    }

    @Test
    void anyShortLineMeansNothingIsAllocatedAndTheShortLinesAreNamed() {
        put(hn, "HN-01", 1, HANOI, "A", 10);
        put(hn, "HN-01", 1, HANOI, "B", 1);
        put(dn, "DN-01", 2, DA_NANG, "B", 1);

        AllocationPlan plan = Allocator.plan(
                List.of(new RequestedLine("A", 1), new RequestedLine("B", 3), new RequestedLine("C", 1)), stock, null);

        assertThat(plan.complete()).isFalse();
        assertThat(plan.allocations()).isEmpty();
        assertThat(plan.shortages()).containsExactly(new Shortage("B", 3, 2), new Shortage("C", 1, 0));
    }
}

package com.fleetcommerce.warehouse.reservation.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.warehouse.stock.domain.AllocatableStock;
import com.fleetcommerce.warehouse.warehouse.domain.GeoPoint;

/**
 * Decides where an order's units come from. One warehouse for the whole order when one can serve every line (fewer
 * parcels), the nearest such warehouse when a ship-to location is known, else the one with the lowest priority
 * value; otherwise each line is split across warehouses in that same ranking. All or nothing: if any line cannot be
 * covered by all warehouses together, the plan lists the short lines and allocates nothing.
 */
public final class Allocator {

    private Allocator() {
    }

    /**
     * @param lines  distinct SKUs
     * @param stock  levels of those SKUs in active warehouses (already locked by the caller)
     * @param shipTo where the order goes, or null
     */
    public static AllocationPlan plan(List<RequestedLine> lines, List<AllocatableStock> stock, GeoPoint shipTo) {
        Map<UUID, Map<String, Long>> availableByWarehouse = new LinkedHashMap<>();
        for (AllocatableStock s : rank(stock, shipTo)) {
            availableByWarehouse.computeIfAbsent(s.level().warehouseId(), id -> new LinkedHashMap<>())
                    .put(s.level().sku(), s.level().available());
        }
        List<Shortage> shortages = shortages(lines, availableByWarehouse);
        if (!shortages.isEmpty()) {
            return new AllocationPlan(List.of(), shortages);
        }
        for (var warehouse : availableByWarehouse.entrySet()) {
            if (lines.stream().allMatch(l -> warehouse.getValue().getOrDefault(l.sku(), 0L) >= l.quantity())) {
                return new AllocationPlan(lines.stream()
                        .map(l -> new Allocation(l.sku(), warehouse.getKey(), l.quantity())).toList(), List.of());
            }
        }
        return new AllocationPlan(split(lines, availableByWarehouse), List.of());
    }

    private static List<AllocatableStock> rank(List<AllocatableStock> stock, GeoPoint shipTo) {
        Comparator<AllocatableStock> byPriority = Comparator.comparingInt(AllocatableStock::priority)
                .thenComparing(s -> s.level().warehouseCode());
        Comparator<AllocatableStock> order = shipTo == null ? byPriority
                : Comparator.<AllocatableStock>comparingDouble(s -> s.location().distanceKm(shipTo))
                        .thenComparing(byPriority);
        return stock.stream().sorted(order).toList();
    }

    private static List<Shortage> shortages(List<RequestedLine> lines, Map<UUID, Map<String, Long>> available) {
        List<Shortage> shortages = new ArrayList<>();
        for (RequestedLine line : lines) {
            long total = available.values().stream().mapToLong(w -> w.getOrDefault(line.sku(), 0L)).sum();
            if (total < line.quantity()) {
                shortages.add(new Shortage(line.sku(), line.quantity(), total));
            }
        }
        return shortages;
    }

    private static List<Allocation> split(List<RequestedLine> lines, Map<UUID, Map<String, Long>> available) {
        List<Allocation> allocations = new ArrayList<>();
        for (RequestedLine line : lines) {
            long missing = line.quantity();
            for (var warehouse : available.entrySet()) {
                long take = Math.min(missing, warehouse.getValue().getOrDefault(line.sku(), 0L));
                if (take > 0) {
                    allocations.add(new Allocation(line.sku(), warehouse.getKey(), take));
                    missing -= take;
                }
                if (missing == 0) {
                    break;
                }
            }
        }
        return allocations;
    }
}

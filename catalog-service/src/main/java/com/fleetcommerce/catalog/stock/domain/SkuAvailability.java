package com.fleetcommerce.catalog.stock.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * How much of a SKU can be sold, per warehouse and in total.
 *
 * @param warehouses     one entry per warehouse that ever reported the SKU, by warehouse code
 * @param totalAvailable the sum of {@code available} over the warehouses
 * @param asOf           the newest {@code changedAt} among the warehouses: the answer shows the stock as of at least
 *                       that moment; {@code null} when no warehouse reported the SKU
 * @param stale          the answer comes from the PostgreSQL copy, which may lag behind warehouse-service; only
 *                       {@code asOf} says how fresh it is
 */
public record SkuAvailability(String sku, List<WarehouseStock> warehouses, long totalAvailable, boolean inStock,
                              StockSource source, Instant asOf, boolean stale) {

    public SkuAvailability {
        warehouses = List.copyOf(warehouses);
    }

    public static SkuAvailability of(String sku, List<WarehouseStock> warehouses, StockSource source) {
        List<WarehouseStock> ordered = warehouses.stream()
                .sorted(Comparator.comparing(WarehouseStock::warehouseCode).thenComparing(WarehouseStock::warehouseId))
                .toList();
        long total = ordered.stream().mapToLong(w -> Math.max(0, w.available())).sum();
        Instant asOf = ordered.stream().map(WarehouseStock::changedAt).max(Comparator.naturalOrder()).orElse(null);
        return new SkuAvailability(sku, ordered, total, total > 0, source, asOf,
                source == StockSource.DATABASE_COPY);
    }
}

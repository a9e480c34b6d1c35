package com.fleetcommerce.warehouse.stock.application;

import java.util.List;

import com.fleetcommerce.warehouse.stock.domain.StockLevel;

/** One SKU across all warehouses, with the totals. */
public record SkuStock(String sku, List<StockLevel> levels) {

    public SkuStock {
        levels = List.copyOf(levels);
    }

    public long totalOnHand() {
        return levels.stream().mapToLong(StockLevel::onHand).sum();
    }

    public long totalReserved() {
        return levels.stream().mapToLong(StockLevel::reserved).sum();
    }

    public long totalAvailable() {
        return levels.stream().mapToLong(StockLevel::available).sum();
    }
}

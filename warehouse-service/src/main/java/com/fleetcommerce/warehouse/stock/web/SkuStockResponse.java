package com.fleetcommerce.warehouse.stock.web;

import java.util.List;

import com.fleetcommerce.warehouse.stock.application.SkuStock;

/** One SKU in every warehouse that has a level for it, with the totals. */
public record SkuStockResponse(String sku, long totalOnHand, long totalReserved, long totalAvailable,
                               List<StockLevelResponse> levels) {

    static SkuStockResponse from(SkuStock stock) {
        return new SkuStockResponse(stock.sku(), stock.totalOnHand(), stock.totalReserved(), stock.totalAvailable(),
                stock.levels().stream().map(StockLevelResponse::from).toList());
    }
}

package com.fleetcommerce.catalog.stock.web;

import java.time.Instant;
import java.util.List;

import com.fleetcommerce.catalog.stock.domain.SkuAvailability;

/**
 * A SKU's availability from the catalog's read model. {@code source} says where it came from (REDIS, or
 * DATABASE_COPY when the cache missed or is down) and {@code asOf} how fresh it is.
 */
public record SkuAvailabilityResponse(String sku, long totalAvailable, boolean inStock,
                                      List<WarehouseAvailabilityResponse> warehouses, String source, Instant asOf) {

    static SkuAvailabilityResponse from(SkuAvailability a) {
        return new SkuAvailabilityResponse(a.sku(), a.totalAvailable(), a.inStock(),
                a.warehouses().stream().map(WarehouseAvailabilityResponse::from).toList(), a.source().name(), a.asOf());
    }
}

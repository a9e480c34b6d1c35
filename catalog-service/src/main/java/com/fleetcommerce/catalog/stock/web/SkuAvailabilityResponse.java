package com.fleetcommerce.catalog.stock.web;

import java.time.Instant;
import java.util.List;

import com.fleetcommerce.catalog.stock.domain.SkuAvailability;

/**
 * A SKU's availability. {@code source} says where it came from: REDIS (the read model), WAREHOUSE (Redis missed, so
 * warehouse-service was asked) or DATABASE_COPY (Redis or warehouse-service unavailable); {@code stale} is true for
 * the copy, whose {@code asOf} says how fresh it is.
 */
public record SkuAvailabilityResponse(String sku, long totalAvailable, boolean inStock,
                                      List<WarehouseAvailabilityResponse> warehouses, String source, Instant asOf,
                                      boolean stale) {

    public static SkuAvailabilityResponse from(SkuAvailability a) {
        return new SkuAvailabilityResponse(a.sku(), a.totalAvailable(), a.inStock(),
                a.warehouses().stream().map(WarehouseAvailabilityResponse::from).toList(), a.source().name(), a.asOf(),
                a.stale());
    }
}

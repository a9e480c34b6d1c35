package com.fleetcommerce.catalog.product.web;

import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.catalog.product.domain.Sku;
import com.fleetcommerce.catalog.stock.domain.SkuAvailability;
import com.fleetcommerce.catalog.stock.web.SkuAvailabilityResponse;

/**
 * A SKU of a product with its availability (per warehouse, total, in stock, and where the answer came from); the
 * availability is null in the answers to writes. Price joins here with the pricing slice.
 */
public record SkuResponse(UUID id, String code, Map<String, String> options, String barcode, Integer weightGrams,
                          DimensionsBody dimensions, SkuAvailabilityResponse availability) {

    static SkuResponse from(Sku s, SkuAvailability availability) {
        return new SkuResponse(s.id(), s.code(), s.options(), s.barcode(), s.weightGrams(),
                DimensionsBody.from(s.dimensions()),
                availability == null ? null : SkuAvailabilityResponse.from(availability));
    }
}

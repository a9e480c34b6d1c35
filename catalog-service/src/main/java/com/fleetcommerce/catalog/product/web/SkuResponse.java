package com.fleetcommerce.catalog.product.web;

import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.catalog.price.domain.SkuPrice;
import com.fleetcommerce.catalog.price.web.PriceResponse;
import com.fleetcommerce.catalog.product.domain.Sku;
import com.fleetcommerce.catalog.stock.domain.SkuAvailability;
import com.fleetcommerce.catalog.stock.web.SkuAvailabilityResponse;

/**
 * A SKU of a product with its availability (per warehouse, total, in stock, and where the answer came from) and its
 * effective price in the asked currency (null when it has none there); both are null in the answers to writes.
 */
public record SkuResponse(UUID id, String code, Map<String, String> options, String barcode, Integer weightGrams,
                          DimensionsBody dimensions, SkuAvailabilityResponse availability, PriceResponse price) {

    static SkuResponse from(Sku s, SkuAvailability availability, SkuPrice price) {
        return new SkuResponse(s.id(), s.code(), s.options(), s.barcode(), s.weightGrams(),
                DimensionsBody.from(s.dimensions()),
                availability == null ? null : SkuAvailabilityResponse.from(availability), PriceResponse.from(price));
    }
}

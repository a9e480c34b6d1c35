package com.fleetcommerce.catalog.product.web;

import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.catalog.product.domain.Sku;

/**
 * A SKU of a product. Availability (per warehouse, total, in stock) and price are added to this record by the stock
 * and price slices; they are absent, not guessed, until then.
 */
public record SkuResponse(UUID id, String code, Map<String, String> options, String barcode, Integer weightGrams,
                          DimensionsBody dimensions) {

    static SkuResponse from(Sku s) {
        return new SkuResponse(s.id(), s.code(), s.options(), s.barcode(), s.weightGrams(),
                DimensionsBody.from(s.dimensions()));
    }
}

package com.fleetcommerce.catalog.product.application;

import java.util.Map;

import com.fleetcommerce.catalog.product.domain.Dimensions;

/** A SKU as staff describe it; {@code code} is ignored when revising (a code never changes). */
public record SkuInput(String code, Map<String, String> options, String barcode, Integer weightGrams,
                       Dimensions dimensions) {
}

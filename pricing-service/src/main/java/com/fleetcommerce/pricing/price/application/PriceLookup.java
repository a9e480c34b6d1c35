package com.fleetcommerce.pricing.price.application;

import java.util.UUID;

/** One item to price: the SKU, its product when the caller knows it, and the quantity (which picks the tier). */
public record PriceLookup(String sku, UUID productId, long quantity) {
}

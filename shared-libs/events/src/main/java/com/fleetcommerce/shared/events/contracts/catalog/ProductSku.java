package com.fleetcommerce.shared.events.contracts.catalog;

import java.util.Map;
import java.util.UUID;

/**
 * One SKU (variant) of a product as other services need to know it: its stable code (the key warehouse and pricing
 * use), its id, the optional barcode (GTIN) and its option values such as {@code size=M}, {@code colour=white}.
 */
public record ProductSku(UUID skuId, String code, String barcode, Map<String, String> options) {

    public ProductSku {
        options = Map.copyOf(options);
    }
}

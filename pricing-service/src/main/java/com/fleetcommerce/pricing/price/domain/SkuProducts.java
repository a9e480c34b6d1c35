package com.fleetcommerce.pricing.price.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Which product each SKU belongs to, as far as pricing knows it (needed for product-level prices). */
public interface SkuProducts {

    void put(String sku, UUID productId);

    Map<String, UUID> productsOf(Collection<String> skus);

    List<String> skusOf(Collection<UUID> productIds);
}

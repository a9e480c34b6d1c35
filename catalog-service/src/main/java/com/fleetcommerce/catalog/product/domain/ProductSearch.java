package com.fleetcommerce.catalog.product.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Listing criteria.
 *
 * @param statuses         which statuses to include (the public sees only ACTIVE)
 * @param categoryPrefix   stored path of a category: products in it or anywhere below it; null for all
 * @param brandIds         any of these brands; empty for all
 * @param attributeKeys    per attribute id, value keys of which the product must hold one (every attribute listed)
 * @param inStockOnly      only products with at least one SKU available in some warehouse (by the stock copy)
 * @param currency         the currency of the price filter and sort (by the price copy, the all-warehouse price)
 * @param minPrice         only products with a SKU priced at least this much in {@code currency}; null for no bound
 * @param maxPrice         only products with a SKU priced at most this much (the same SKU as {@code minPrice})
 */
public record ProductSearch(Set<ProductStatus> statuses, String categoryPrefix, List<UUID> brandIds,
                            Map<UUID, List<String>> attributeKeys, boolean inStockOnly, ProductSort sort, int page,
                            int size, String currency, BigDecimal minPrice, BigDecimal maxPrice) {

    public ProductSearch {
        statuses = Set.copyOf(statuses);
        brandIds = List.copyOf(brandIds);
        attributeKeys = attributeKeys == null ? Map.of() : Map.copyOf(attributeKeys);
    }
}

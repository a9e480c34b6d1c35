package com.fleetcommerce.catalog.product.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fleetcommerce.catalog.product.domain.ProductSort;
import com.fleetcommerce.catalog.product.domain.ProductStatus;

/**
 * A listing request.
 *
 * @param categoryId null for every category; otherwise the category and everything below it
 * @param statuses   empty: ACTIVE only
 * @param attributes attribute code -> values: products holding one of the values, for every code given
 * @param inStockOnly only products of which some SKU can be bought now
 * @param currency    the currency prices are filtered and sorted in
 * @param minPrice    only products with a SKU priced at least this (and at most {@code maxPrice}); null: no bound
 */
public record ProductListQuery(UUID categoryId, List<UUID> brandIds, Set<ProductStatus> statuses,
                               Map<String, List<String>> attributes, boolean inStockOnly, ProductSort sort, int page,
                               int size, String currency, BigDecimal minPrice, BigDecimal maxPrice) {

    public ProductListQuery {
        brandIds = brandIds == null ? List.of() : List.copyOf(brandIds);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        statuses = statuses == null || statuses.isEmpty() ? Set.of(ProductStatus.ACTIVE) : Set.copyOf(statuses);
    }
}

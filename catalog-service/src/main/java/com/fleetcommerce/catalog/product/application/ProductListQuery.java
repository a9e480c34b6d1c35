package com.fleetcommerce.catalog.product.application;

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
 */
public record ProductListQuery(UUID categoryId, List<UUID> brandIds, Set<ProductStatus> statuses,
                               Map<String, List<String>> attributes, boolean inStockOnly, ProductSort sort, int page,
                               int size) {

    public ProductListQuery {
        brandIds = brandIds == null ? List.of() : List.copyOf(brandIds);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        statuses = statuses == null || statuses.isEmpty() ? Set.of(ProductStatus.ACTIVE) : Set.copyOf(statuses);
    }
}

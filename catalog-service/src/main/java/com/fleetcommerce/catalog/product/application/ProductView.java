package com.fleetcommerce.catalog.product.application;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.catalog.attribute.domain.AttributeDefinition;
import com.fleetcommerce.catalog.brand.domain.Brand;
import com.fleetcommerce.catalog.category.domain.Category;
import com.fleetcommerce.catalog.product.domain.Product;

/**
 * A product with what a reader needs around it: its brand (or null), its categories in the product's order, the
 * breadcrumbs of the first (primary) one and the definitions of its attribute values (by id; detail reads only).
 * Stock availability and prices join here in their own slices (catalog-worker's read model and pricing events);
 * until then the catalog says nothing about them rather than guessing.
 */
public record ProductView(Product product, Brand brand, List<Category> categories, List<Category> breadcrumbs,
                          Map<UUID, AttributeDefinition> attributes) {

    public ProductView {
        categories = List.copyOf(categories);
        breadcrumbs = List.copyOf(breadcrumbs);
        attributes = Map.copyOf(attributes);
    }
}

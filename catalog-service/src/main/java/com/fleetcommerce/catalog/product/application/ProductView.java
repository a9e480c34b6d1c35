package com.fleetcommerce.catalog.product.application;

import java.util.List;

import com.fleetcommerce.catalog.brand.domain.Brand;
import com.fleetcommerce.catalog.category.domain.Category;
import com.fleetcommerce.catalog.product.domain.Product;

/**
 * A product with what a reader needs around it: its brand (or null), its categories in the product's order and the
 * breadcrumbs of the first (primary) one. Stock availability and prices join here in their own slices (catalog-worker's
 * read model and pricing events); until then the catalog says nothing about them rather than guessing.
 */
public record ProductView(Product product, Brand brand, List<Category> categories, List<Category> breadcrumbs) {

    public ProductView {
        categories = List.copyOf(categories);
        breadcrumbs = List.copyOf(breadcrumbs);
    }
}

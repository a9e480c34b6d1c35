package com.fleetcommerce.catalog.category.web;

import java.util.List;
import java.util.UUID;

import com.fleetcommerce.catalog.category.application.CategoryView;
import com.fleetcommerce.catalog.category.domain.Category;

/** One category with its breadcrumbs (root first, itself last); {@code version} is also the ETag. */
public record CategoryResponse(UUID id, String name, String slug, UUID parentId, int depth,
                               List<CategoryRef> breadcrumbs, long version) {

    static CategoryResponse from(CategoryView view) {
        Category c = view.category();
        return new CategoryResponse(c.id(), c.name(), c.slug().value(), c.parentId(), c.depth(),
                view.breadcrumbs().stream().map(CategoryRef::from).toList(), c.version());
    }
}

package com.fleetcommerce.catalog.category.application;

import java.util.List;

import com.fleetcommerce.catalog.category.domain.Category;

/** A category with its breadcrumbs: the categories from the root down to it, itself included. */
public record CategoryView(Category category, List<Category> breadcrumbs) {

    public CategoryView {
        breadcrumbs = List.copyOf(breadcrumbs);
    }
}

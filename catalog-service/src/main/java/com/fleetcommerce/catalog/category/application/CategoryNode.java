package com.fleetcommerce.catalog.category.application;

import java.util.List;

import com.fleetcommerce.catalog.category.domain.Category;

/** One node of the category tree with its children, ordered by name. */
public record CategoryNode(Category category, List<CategoryNode> children) {

    public CategoryNode {
        children = List.copyOf(children);
    }
}

package com.fleetcommerce.catalog.category.web;

import java.util.List;
import java.util.UUID;

import com.fleetcommerce.catalog.category.application.CategoryNode;

/** A node of {@code GET /api/v1/categories}: the whole tree, children nested and ordered by name. */
public record CategoryTreeResponse(UUID id, String name, String slug, List<CategoryTreeResponse> children) {

    static CategoryTreeResponse from(CategoryNode node) {
        return new CategoryTreeResponse(node.category().id(), node.category().name(),
                node.category().slug().value(), node.children().stream().map(CategoryTreeResponse::from).toList());
    }
}

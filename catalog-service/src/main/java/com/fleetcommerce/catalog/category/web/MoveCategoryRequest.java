package com.fleetcommerce.catalog.category.web;

import java.util.UUID;

/** Body of {@code POST /api/v1/categories/{id}/move}; a null {@code parentId} makes it a top-level category. */
public record MoveCategoryRequest(UUID parentId) {
}

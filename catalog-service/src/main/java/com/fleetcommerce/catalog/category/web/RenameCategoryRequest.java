package com.fleetcommerce.catalog.category.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code PUT /api/v1/categories/{id}}: the slug stays, so storefront URLs keep working. */
public record RenameCategoryRequest(@NotBlank @Size(max = 120) String name) {
}

package com.fleetcommerce.catalog.brand.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code PUT /api/v1/brands/{id}}. */
public record RenameBrandRequest(@NotBlank @Size(max = 120) String name) {
}

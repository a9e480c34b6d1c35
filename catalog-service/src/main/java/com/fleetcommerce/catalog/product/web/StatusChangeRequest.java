package com.fleetcommerce.catalog.product.web;

import com.fleetcommerce.catalog.product.domain.ProductStatus;
import jakarta.validation.constraints.NotNull;

/** Body of {@code POST /api/v1/products/{id}/status}. */
public record StatusChangeRequest(@NotNull ProductStatus status) {
}

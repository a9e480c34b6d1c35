package com.fleetcommerce.catalog.attribute.web;

import java.util.List;

import com.fleetcommerce.catalog.attribute.domain.AttributeDefinition;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code PUT /api/v1/attributes/{id}}: the name, the unit (NUMBER; absent clears it) and the allowed values
 * (ENUM; absent keeps them). Code, type and limits never change.
 */
public record ReviseAttributeRequest(
        @NotBlank @Size(max = AttributeDefinition.MAX_NAME) String name,
        @Size(max = AttributeDefinition.MAX_UNIT) String unit,
        @Size(max = AttributeDefinition.MAX_ALLOWED_VALUES) List<@NotNull String> allowedValues) {
}

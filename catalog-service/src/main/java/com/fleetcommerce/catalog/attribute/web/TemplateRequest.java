package com.fleetcommerce.catalog.attribute.web;

import java.util.List;

import com.fleetcommerce.catalog.attribute.application.CategoryTemplateService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code PUT /api/v1/categories/{id}/attributes}: the category's whole own template (empty clears it). */
public record TemplateRequest(
        @NotNull @Size(max = CategoryTemplateService.MAX_LINES) List<@NotNull @Valid TemplateLineBody> attributes) {
}

package com.fleetcommerce.catalog.category.web;

import java.util.UUID;

import com.fleetcommerce.catalog.common.domain.Slug;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/categories}; without a slug one is derived from the name. */
public record CreateCategoryRequest(
        @NotBlank @Size(max = 120) String name,
        @Size(max = Slug.MAX_LENGTH) @Pattern(regexp = Slug.REGEX,
                message = "must be lower-case letters or digits in words joined by single dashes") String slug,
        UUID parentId) {

    Slug slugOrNull() {
        return slug == null ? null : new Slug(slug);
    }
}

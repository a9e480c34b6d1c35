package com.fleetcommerce.catalog.brand.web;

import com.fleetcommerce.catalog.common.domain.Slug;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/brands}; the slug defaults to the name's. */
public record BrandRequest(
        @NotBlank @Size(max = 120) String name,
        @Size(max = Slug.MAX_LENGTH) @Pattern(regexp = Slug.REGEX,
                message = "must be lower-case letters or digits in words joined by single dashes") String slug) {

    Slug slugOrNull() {
        return slug == null ? null : new Slug(slug);
    }
}

package com.fleetcommerce.catalog.product.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.catalog.common.domain.Slug;
import com.fleetcommerce.catalog.product.application.ProductInput;
import com.fleetcommerce.catalog.product.domain.ProductContent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.JsonNode;

/**
 * Body of {@code PUT /api/v1/products/{id}}: the product's content (not its SKUs or status). Without a slug the
 * current one stays, so links keep working; without {@code attributes} the current values stay (and are checked
 * against the new categories' templates).
 */
public record ProductBody(
        @NotBlank @Size(max = ProductContent.MAX_NAME) String name,
        @Size(max = Slug.MAX_LENGTH) @Pattern(regexp = Slug.REGEX,
                message = "must be lower-case letters or digits in words joined by single dashes") String slug,
        @Size(max = ProductContent.MAX_DESCRIPTION) String description,
        UUID brandId,
        @Size(max = ProductContent.MAX_CATEGORIES) List<@NotNull UUID> categoryIds,
        @Valid SeoBody seo,
        @Size(max = ProductContent.MAX_IMAGES) List<@NotNull @Valid ImageBody> images,
        @Size(max = ProductContent.MAX_ATTRIBUTES) Map<String, JsonNode> attributes) {

    ProductInput toInput() {
        return new ProductInput(name, slug == null ? null : new Slug(slug), description, brandId, categoryIds,
                seo == null ? null : seo.toDomain(),
                images == null ? List.of() : images.stream().map(ImageBody::toDomain).toList(),
                AttributeValuesJson.toRaw(attributes));
    }
}

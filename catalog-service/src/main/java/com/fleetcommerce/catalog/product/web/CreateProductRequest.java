package com.fleetcommerce.catalog.product.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.catalog.common.domain.Slug;
import com.fleetcommerce.catalog.product.application.ProductInput;
import com.fleetcommerce.catalog.product.application.SkuInput;
import com.fleetcommerce.catalog.product.domain.Product;
import com.fleetcommerce.catalog.product.domain.ProductContent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.JsonNode;

/** Body of {@code POST /api/v1/products}: a draft, optionally with its first SKUs. */
public record CreateProductRequest(
        @NotBlank @Size(max = ProductContent.MAX_NAME) String name,
        @Size(max = Slug.MAX_LENGTH) @Pattern(regexp = Slug.REGEX,
                message = "must be lower-case letters or digits in words joined by single dashes") String slug,
        @Size(max = ProductContent.MAX_DESCRIPTION) String description,
        UUID brandId,
        @Size(max = ProductContent.MAX_CATEGORIES) List<@NotNull UUID> categoryIds,
        @Valid SeoBody seo,
        @Size(max = ProductContent.MAX_IMAGES) List<@NotNull @Valid ImageBody> images,
        @Size(max = Product.MAX_SKUS) List<@NotNull @Valid SkuBody> skus,
        @Size(max = ProductContent.MAX_ATTRIBUTES) Map<String, JsonNode> attributes) {

    /** Public for the bulk import, whose rows have this request's shape. */
    public ProductInput toInput() {
        return new ProductBody(name, slug, description, brandId, categoryIds, seo, images, attributes).toInput();
    }

    public List<SkuInput> skuInputs() {
        return skus == null ? List.of() : skus.stream().map(SkuBody::toInput).toList();
    }
}

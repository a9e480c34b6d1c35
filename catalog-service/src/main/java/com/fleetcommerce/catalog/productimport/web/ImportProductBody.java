package com.fleetcommerce.catalog.productimport.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.catalog.product.domain.ProductStatus;
import com.fleetcommerce.catalog.product.web.CreateProductRequest;
import com.fleetcommerce.catalog.product.web.ImageBody;
import com.fleetcommerce.catalog.product.web.SeoBody;
import com.fleetcommerce.catalog.product.web.SkuBody;
import tools.jackson.databind.JsonNode;

/**
 * One row of {@code products[]}: the body of {@code POST /api/v1/products} plus an optional {@code status}
 * (default DRAFT). It carries no constraints of its own: the controller validates {@link #asCreateRequest()}, so a
 * row obeys exactly the rules of a single create.
 */
public record ImportProductBody(String name, String slug, String description, UUID brandId, List<UUID> categoryIds,
                                SeoBody seo, List<ImageBody> images, List<SkuBody> skus,
                                Map<String, JsonNode> attributes, ProductStatus status) {

    CreateProductRequest asCreateRequest() {
        return new CreateProductRequest(name, slug, description, brandId, categoryIds, seo, images, skus, attributes);
    }
}

package com.fleetcommerce.catalog.product.application;

import java.util.List;
import java.util.UUID;

import com.fleetcommerce.catalog.common.domain.Slug;
import com.fleetcommerce.catalog.product.domain.ProductContent;
import com.fleetcommerce.catalog.product.domain.ProductImage;
import com.fleetcommerce.catalog.product.domain.Seo;

/**
 * What staff send to create or describe a product.
 *
 * @param slug null: derive one from the name on create, keep the current one on update
 */
public record ProductInput(String name, Slug slug, String description, UUID brandId, List<UUID> categoryIds,
                           Seo seo, List<ProductImage> images) {

    public ProductInput {
        categoryIds = categoryIds == null ? List.of() : List.copyOf(categoryIds);
        images = images == null ? List.of() : List.copyOf(images);
    }

    ProductContent content(Slug resolvedSlug) {
        return new ProductContent(name, resolvedSlug, description, brandId, categoryIds, seo, images);
    }
}

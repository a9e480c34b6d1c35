package com.fleetcommerce.catalog.product.application;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.fleetcommerce.catalog.attribute.domain.AttributeValue;
import com.fleetcommerce.catalog.common.domain.Slug;
import com.fleetcommerce.catalog.product.domain.ProductContent;
import com.fleetcommerce.catalog.product.domain.ProductImage;
import com.fleetcommerce.catalog.product.domain.Seo;

/**
 * What staff send to create or describe a product.
 *
 * @param slug       null: derive one from the name on create, keep the current one on update
 * @param attributes values by attribute code (String, BigDecimal, Boolean or a Measure); null: none on create,
 *                   keep the current ones on update
 */
public record ProductInput(String name, Slug slug, String description, UUID brandId, List<UUID> categoryIds,
                           Seo seo, List<ProductImage> images, Map<String, Object> attributes) {

    public ProductInput {
        categoryIds = categoryIds == null ? List.of() : List.copyOf(categoryIds);
        images = images == null ? List.of() : List.copyOf(images);
        // not Map.copyOf: a null value (clearing an optional attribute) must survive until it is checked
        attributes = attributes == null ? null : Collections.unmodifiableMap(new TreeMap<>(attributes));
    }

    public ProductInput(String name, Slug slug, String description, UUID brandId, List<UUID> categoryIds, Seo seo,
                        List<ProductImage> images) {
        this(name, slug, description, brandId, categoryIds, seo, images, null);
    }

    ProductContent content(Slug resolvedSlug, Map<String, AttributeValue> values) {
        return new ProductContent(name, resolvedSlug, description, brandId, categoryIds, seo, images,
                new TreeMap<>(values));
    }
}

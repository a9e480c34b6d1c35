package com.fleetcommerce.catalog.product.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.catalog.category.web.CategoryRef;
import com.fleetcommerce.catalog.price.domain.SkuPrice;
import com.fleetcommerce.catalog.product.application.ProductView;
import com.fleetcommerce.catalog.stock.domain.SkuAvailability;
import com.fleetcommerce.catalog.product.domain.Product;

/**
 * A product with its SKUs and attribute values (by code). {@code breadcrumbs} lead to its primary (first)
 * category; {@code version} is also the ETag. Reads carry each SKU's availability and price; write answers leave
 * them null.
 */
public record ProductResponse(UUID id, String slug, String name, String description, String status, BrandRef brand,
                              List<CategoryRef> categories, List<CategoryRef> breadcrumbs, SeoBody seo,
                              List<ImageBody> images, List<ProductAttributeResponse> attributes,
                              List<SkuResponse> skus, Instant createdAt, long version) {

    static ProductResponse from(ProductView view) {
        return from(view, Map.of(), Map.of());
    }

    static ProductResponse from(ProductView view, Map<String, SkuAvailability> availability,
                                Map<String, SkuPrice> prices) {
        Product p = view.product();
        return new ProductResponse(p.id(), p.content().slug().value(), p.content().name(), p.content().description(),
                p.status().name(), BrandRef.from(view.brand()),
                view.categories().stream().map(CategoryRef::from).toList(),
                view.breadcrumbs().stream().map(CategoryRef::from).toList(), SeoBody.from(p.content().seo()),
                p.content().images().stream().map(ImageBody::from).toList(),
                p.content().attributes().values().stream()
                        .map(v -> ProductAttributeResponse.from(v, view.attributes().get(v.attributeId()))).toList(),
                p.skus().stream().map(s -> SkuResponse.from(s, availability.get(s.code()), prices.get(s.code()))).toList(), p.createdAt(),
                p.version());
    }
}

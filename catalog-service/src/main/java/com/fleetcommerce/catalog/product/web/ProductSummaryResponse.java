package com.fleetcommerce.catalog.product.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.fleetcommerce.catalog.category.web.CategoryRef;
import com.fleetcommerce.catalog.product.application.ProductView;
import com.fleetcommerce.catalog.stock.domain.SkuAvailability;
import com.fleetcommerce.catalog.product.domain.Product;
import com.fleetcommerce.catalog.product.domain.Sku;

/**
 * A product in a listing: what a product card shows. {@code image} is the main image (lowest position), or null;
 * {@code inStock} whether any SKU can be bought now and {@code totalAvailable} how many units over all SKUs.
 */
public record ProductSummaryResponse(UUID id, String slug, String name, String status, BrandRef brand,
                                     List<CategoryRef> categories, ImageBody image, List<String> skuCodes,
                                     boolean inStock, long totalAvailable, Instant createdAt) {

    static ProductSummaryResponse from(ProductView view, Map<String, SkuAvailability> availability) {
        Product p = view.product();
        List<SkuAvailability> own = p.skus().stream().map(s -> availability.get(s.code()))
                .filter(Objects::nonNull).toList();
        return new ProductSummaryResponse(p.id(), p.content().slug().value(), p.content().name(), p.status().name(),
                BrandRef.from(view.brand()), view.categories().stream().map(CategoryRef::from).toList(),
                p.content().images().stream().findFirst().map(ImageBody::from).orElse(null),
                p.skus().stream().map(Sku::code).toList(), own.stream().anyMatch(SkuAvailability::inStock),
                own.stream().mapToLong(SkuAvailability::totalAvailable).sum(), p.createdAt());
    }
}

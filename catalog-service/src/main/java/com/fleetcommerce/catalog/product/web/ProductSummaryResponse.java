package com.fleetcommerce.catalog.product.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.fleetcommerce.catalog.category.web.CategoryRef;
import com.fleetcommerce.catalog.price.domain.SkuPrice;
import com.fleetcommerce.catalog.product.application.ProductView;
import com.fleetcommerce.catalog.stock.domain.SkuAvailability;
import com.fleetcommerce.catalog.product.domain.Product;
import com.fleetcommerce.catalog.product.domain.Sku;
import com.fleetcommerce.shared.web.money.Money;

/**
 * A product in a listing: what a product card shows. {@code image} is the main image (lowest position), or null;
 * {@code inStock} whether any SKU can be bought now and {@code totalAvailable} how many units over all SKUs;
 * {@code priceFrom} the lowest SKU price in the asked currency, or null when no SKU has a price there.
 */
public record ProductSummaryResponse(UUID id, String slug, String name, String status, BrandRef brand,
                                     List<CategoryRef> categories, ImageBody image, List<String> skuCodes,
                                     boolean inStock, long totalAvailable, Money priceFrom,
                                     Instant createdAt) {

    static ProductSummaryResponse from(ProductView view, Map<String, SkuAvailability> availability,
                                       Map<String, SkuPrice> prices) {
        Product p = view.product();
        List<SkuAvailability> own = p.skus().stream().map(s -> availability.get(s.code()))
                .filter(Objects::nonNull).toList();
        return new ProductSummaryResponse(p.id(), p.content().slug().value(), p.content().name(), p.status().name(),
                BrandRef.from(view.brand()), view.categories().stream().map(CategoryRef::from).toList(),
                p.content().images().stream().findFirst().map(ImageBody::from).orElse(null),
                p.skus().stream().map(Sku::code).toList(), own.stream().anyMatch(SkuAvailability::inStock),
                own.stream().mapToLong(SkuAvailability::totalAvailable).sum(),
                p.skus().stream().map(s -> prices.get(s.code())).filter(Objects::nonNull)
                        .map(price -> Money.of(price.amount(), price.currency())).min(Money::compareTo).orElse(null),
                p.createdAt());
    }
}

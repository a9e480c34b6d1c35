package com.fleetcommerce.pricing.catalogsync.application;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

import com.fleetcommerce.pricing.catalogsync.domain.CatalogProduct;
import com.fleetcommerce.pricing.catalogsync.domain.CatalogProducts;
import com.fleetcommerce.pricing.price.application.PriceChangeEvents;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a catalog product to pricing's SKU -> product map and product facts, keeping the highest version per
 * product (older or repeated events change nothing). The SKUs it maps or unmaps are re-resolved before and after in
 * every currency, so a SKU that newly maps to a product with product-level prices (or whose brand now falls under a
 * rule) gets its {@code pricing.price.changed.v1}; their cached candidates are invalidated after commit
 * ({@link PriceChangeEvents#publishChanges}).
 */
@Service
public class CatalogProductSync {

    private final CatalogProducts products;
    private final PriceChangeEvents events;

    CatalogProductSync(CatalogProducts products, PriceChangeEvents events) {
        this.products = products;
        this.events = events;
    }

    /** @return false when the stored version is the same or newer (nothing done) */
    @Transactional
    public boolean apply(CatalogProduct product) {
        OptionalLong stored = products.lockVersion(product.productId());
        if (stored.isPresent() && stored.getAsLong() >= product.version()) {
            return false;
        }
        Set<String> affected = new TreeSet<>(product.skus());
        affected.addAll(products.skusOf(product.productId()));
        List<PriceChangeEvents.Snapshot> before = new ArrayList<>();
        for (String currency : products.currencies()) {
            before.add(events.beforeChangeOf(Currency.getInstance(currency), affected));
        }
        products.save(product);
        before.forEach(events::publishChanges);
        return true;
    }
}

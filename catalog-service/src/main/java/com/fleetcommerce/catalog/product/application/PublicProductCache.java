package com.fleetcommerce.catalog.product.application;

import java.time.Duration;
import java.util.UUID;

import com.fleetcommerce.catalog.common.domain.Slug;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The public product pages' content (product, brand, categories, breadcrumbs, attribute definitions) kept in memory
 * for a short time ({@code catalog.product-cache.ttl}, default 2 s): the page is read far more often than it changes,
 * and assembling it costs several queries. Stock is never cached here; it is read per request from the stock read
 * model. A product written through this instance is forgotten when its transaction commits, so its editor sees the
 * change at once; other instances (and changes to a brand's or category's name) show within the TTL.
 */
@Component
public class PublicProductCache {

    private final Cache<UUID, ProductView> byId;
    private final Cache<String, UUID> idBySlug;

    public PublicProductCache(@Value("${catalog.product-cache.ttl:2s}") Duration ttl,
                              @Value("${catalog.product-cache.max-size:10000}") long maxSize,
                              MeterRegistry meters) {
        byId = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maxSize).recordStats().build();
        idBySlug = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maxSize).build();
        CaffeineCacheMetrics.monitor(meters, byId, "catalog.product.pages");
    }

    ProductView find(UUID id) {
        return byId.getIfPresent(id);
    }

    ProductView find(Slug slug) {
        UUID id = idBySlug.getIfPresent(slug.value());
        return id == null ? null : byId.getIfPresent(id);
    }

    void put(ProductView view) {
        byId.put(view.product().id(), view);
        idBySlug.put(view.product().content().slug().value(), view.product().id());
    }

    /** Forgets the product when the current transaction commits (at once outside a transaction). */
    void forgetAfterCommit(UUID id) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forget(id);
                }
            });
        } else {
            forget(id);
        }
    }

    private void forget(UUID id) {
        ProductView old = byId.getIfPresent(id);
        byId.invalidate(id);
        if (old != null) {
            idBySlug.invalidate(old.product().content().slug().value());
        }
    }
}

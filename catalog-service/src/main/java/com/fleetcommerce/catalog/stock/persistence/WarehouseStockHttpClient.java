package com.fleetcommerce.catalog.stock.persistence;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import com.fleetcommerce.catalog.stock.domain.WarehouseStock;
import com.fleetcommerce.catalog.stock.domain.WarehouseStockApi;
import com.fleetcommerce.catalog.stock.domain.WarehouseUnavailableException;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import org.springframework.web.client.RestClient;

/**
 * {@code GET /api/v1/stock/{sku}} on warehouse-service with this service's client-credentials token. Any failure
 * (refused, timed out, non-2xx, the circuit open, the bulkhead full, no token) becomes a
 * {@link WarehouseUnavailableException}: the caller answers from the PostgreSQL copy instead.
 */
public class WarehouseStockHttpClient implements WarehouseStockApi {

    /** The part of warehouse-service's answer the catalog reads. */
    record SkuStockBody(String sku, List<LevelBody> levels) {
    }

    record LevelBody(UUID warehouseId, String warehouseCode, long onHand, long reserved, long available,
                     long version) {
    }

    private final RestClient client;
    private final CircuitBreaker breaker;
    private final Retry retry;
    private final Bulkhead bulkhead;
    private final Clock clock = Clock.systemUTC();

    WarehouseStockHttpClient(RestClient client, CircuitBreaker breaker, Retry retry, Bulkhead bulkhead) {
        this.client = client;
        this.breaker = breaker;
        this.retry = retry;
        this.bulkhead = bulkhead;
    }

    @Override
    public List<WarehouseStock> current(String sku) {
        // the bulkhead counts a call once however often it is retried; each attempt counts for the breaker
        Supplier<SkuStockBody> guarded = Bulkhead.decorateSupplier(bulkhead,
                Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, () -> fetch(sku))));
        try {
            SkuStockBody body = guarded.get();
            // the answer is warehouse-service's state at the moment it was read: that is how fresh it is
            Instant readAt = clock.instant();
            return body.levels() == null ? List.of() : body.levels().stream()
                    .map(l -> new WarehouseStock(sku, l.warehouseId(), l.warehouseCode(), l.onHand(), l.reserved(),
                            l.available(), l.version(), readAt))
                    .toList();
        } catch (RuntimeException e) {
            throw new WarehouseUnavailableException("warehouse-service did not answer for " + sku + ": "
                    + e.getMessage(), e);
        }
    }

    CircuitBreaker.State circuitState() {
        return breaker.getState();
    }

    private SkuStockBody fetch(String sku) {
        SkuStockBody body = client.get().uri("/api/v1/stock/{sku}", sku).retrieve().body(SkuStockBody.class);
        if (body == null) {
            throw new IllegalStateException("empty answer");
        }
        return body;
    }
}

package com.fleetcommerce.catalog.stock.persistence;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the catalog asks warehouse-service for a SKU's stock when Redis misses ({@code catalog.warehouse-api.*}).
 * The budget is small on purpose: the product page must answer quickly, and the PostgreSQL copy is always there.
 *
 * @param baseUrl            warehouse-service's address (its service name in docker and Kubernetes)
 * @param connectTimeout     TCP connect
 * @param readTimeout        the whole answer
 * @param retryWait          pause before the one retry
 * @param maxConcurrentCalls bulkhead: calls in flight at once; more are refused at once (and read the copy)
 * @param openStateWait      how long the circuit stays open before letting trial calls through
 */
@ConfigurationProperties("catalog.warehouse-api")
public record WarehouseApiProperties(@DefaultValue("http://127.0.0.1:8085") String baseUrl,
                                     @DefaultValue("200ms") Duration connectTimeout,
                                     @DefaultValue("300ms") Duration readTimeout,
                                     @DefaultValue("50ms") Duration retryWait,
                                     @DefaultValue("16") int maxConcurrentCalls,
                                     @DefaultValue("5s") Duration openStateWait) {
}

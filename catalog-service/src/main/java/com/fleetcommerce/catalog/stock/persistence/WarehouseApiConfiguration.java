package com.fleetcommerce.catalog.stock.persistence;

import java.net.http.HttpClient;

import com.fleetcommerce.shared.security.client.ServiceTokenInterceptor;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The guarded warehouse-service client: one retry inside a circuit breaker inside a bulkhead's limit, with short
 * timeouts. The resilience4j meters ({@code resilience4j_circuitbreaker_*}, {@code resilience4j_retry_*},
 * {@code resilience4j_bulkhead_*}, name {@code warehouse-stock}) show its state.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WarehouseApiProperties.class)
class WarehouseApiConfiguration {

    static final String NAME = "warehouse-stock";

    @Bean
    WarehouseStockHttpClient warehouseStockHttpClient(WarehouseApiProperties properties, RestClient.Builder builder,
                                                      ObjectProvider<ServiceTokenInterceptor> serviceToken,
                                                      MeterRegistry meters) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(properties.readTimeout());
        RestClient.Builder client = builder.clone().baseUrl(properties.baseUrl()).requestFactory(requests);
        serviceToken.ifAvailable(client::requestInterceptor);

        CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowSize(20)
                .minimumNumberOfCalls(10)
                .failureRateThreshold(50)
                .waitDurationInOpenState(properties.openStateWait())
                .permittedNumberOfCallsInHalfOpenState(3)
                // a full bulkhead says nothing about warehouse-service's health
                .ignoreExceptions(BulkheadFullException.class)
                .build());
        RetryRegistry retries = RetryRegistry.of(RetryConfig.custom()
                .maxAttempts(2)
                .waitDuration(properties.retryWait())
                .ignoreExceptions(CallNotPermittedException.class, BulkheadFullException.class)
                .build());
        BulkheadRegistry bulkheads = BulkheadRegistry.of(BulkheadConfig.custom()
                .maxConcurrentCalls(properties.maxConcurrentCalls())
                .maxWaitDuration(java.time.Duration.ZERO)
                .build());
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
        TaggedRetryMetrics.ofRetryRegistry(retries).bindTo(meters);
        TaggedBulkheadMetrics.ofBulkheadRegistry(bulkheads).bindTo(meters);

        CircuitBreaker breaker = breakers.circuitBreaker(NAME);
        Retry retry = retries.retry(NAME);
        Bulkhead bulkhead = bulkheads.bulkhead(NAME);
        return new WarehouseStockHttpClient(client.build(), breaker, retry, bulkhead);
    }
}

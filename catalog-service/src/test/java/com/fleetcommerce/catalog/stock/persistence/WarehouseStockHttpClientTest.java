package com.fleetcommerce.catalog.stock.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.fleetcommerce.catalog.stock.domain.WarehouseUnavailableException;
import com.fleetcommerce.shared.security.client.ServiceTokenInterceptor;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.web.client.RestClient;

/**
 * The guards of the warehouse-service client against network faults: a peer that accepts connections and never
 * answers (a hung warehouse-service), as the client meets it on a real socket.
 */
class WarehouseStockHttpClientTest {

    private ServerSocket silent;
    private final AtomicInteger accepted = new AtomicInteger();
    private final List<Socket> held = new CopyOnWriteArrayList<>();

    @BeforeEach
    void hungServer() throws IOException {
        silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            while (!silent.isClosed()) {
                try {
                    held.add(silent.accept());      // read nothing, answer nothing
                    accepted.incrementAndGet();
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    @AfterEach
    void close() throws IOException {
        silent.close();
        for (Socket socket : held) {
            socket.close();
        }
    }

    @Test
    void aHungWarehouseServiceTimesOutAndIsTriedOnceMore() {
        WarehouseStockHttpClient client = client(16, Duration.ofMillis(300));

        assertThatThrownBy(() -> client.current("SKU-1")).isInstanceOf(WarehouseUnavailableException.class);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(accepted).hasValue(2));
    }

    @Test
    void afterRepeatedFailuresTheCircuitOpensAndCallsNoLongerReachTheNetwork() {
        WarehouseStockHttpClient client = client(16, Duration.ofMillis(300));
        // 5 calls x 2 attempts = the breaker's minimum of 10 calls, all failed
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> client.current("SKU-1")).isInstanceOf(WarehouseUnavailableException.class);
        }
        assertThat(client.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(accepted).hasValue(10));

        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(() -> client.current("SKU-1")).isInstanceOf(WarehouseUnavailableException.class)
                    .rootCause().hasMessageContaining("OPEN");
        }
        assertThat(accepted).hasValue(10);
    }

    @Test
    void theBulkheadRefusesACallBeyondItsLimitAtOnce() {
        // a long read timeout keeps the first call in flight while the second one arrives
        WarehouseStockHttpClient client = client(1, Duration.ofSeconds(2));
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> client.current("SKU-1"));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(accepted).hasValue(1));

        assertThatThrownBy(() -> client.current("SKU-2")).isInstanceOf(WarehouseUnavailableException.class)
                .rootCause().hasMessageContaining("Bulkhead");
        assertThat(accepted).as("the refused call never connected").hasValue(1);
        assertThat(first).failsWithin(Duration.ofSeconds(10));
    }

    private WarehouseStockHttpClient client(int maxConcurrentCalls, Duration readTimeout) {
        WarehouseApiProperties properties = new WarehouseApiProperties("http://127.0.0.1:" + silent.getLocalPort(),
                Duration.ofMillis(200), readTimeout, Duration.ofMillis(10), maxConcurrentCalls,
                Duration.ofMinutes(1));
        return new WarehouseApiConfiguration().warehouseStockHttpClient(properties, RestClient.builder(),
                new StaticListableBeanFactory().getBeanProvider(ServiceTokenInterceptor.class),
                new SimpleMeterRegistry());
    }
}

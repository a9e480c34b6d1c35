package com.fleetcommerce.warehouse.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.fleetcommerce.testsupport.FreshPostgresDatabase;
import com.fleetcommerce.testsupport.MutableClock;
import com.fleetcommerce.testsupport.TestJwts;
import com.fleetcommerce.testsupport.WithEmbeddedKafka;
import com.fleetcommerce.testsupport.WithTestJwtIssuer;
import com.fleetcommerce.warehouse.WarehouseWorkerApplication;
import com.fleetcommerce.warehouse.reservation.application.ReservationService;
import com.fleetcommerce.warehouse.reservation.domain.RequestedLine;
import com.fleetcommerce.warehouse.reservation.domain.ReservationRequest;
import com.fleetcommerce.warehouse.reservation.domain.ReservationStatus;
import com.fleetcommerce.warehouse.stock.application.StockService;
import com.fleetcommerce.warehouse.warehouse.application.WarehouseDetails;
import com.fleetcommerce.warehouse.warehouse.application.WarehouseService;
import com.fleetcommerce.warehouse.warehouse.domain.Address;
import com.fleetcommerce.warehouse.warehouse.domain.GeoPoint;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@SpringBootTest(classes = {WarehouseWorkerApplication.class, WarehouseWorkerTest.Time.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"warehouse.jobs.reservation-expiry.interval=PT0.2S",
                "warehouse.jobs.reconciliation.interval=PT0.5S", "warehouse.jobs.reconciliation.initial-delay=PT0S"})
@FreshPostgresDatabase
@WithEmbeddedKafka
@WithTestJwtIssuer
class WarehouseWorkerTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class Time {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }

    @Autowired
    MutableClock clock;
    @Autowired
    WarehouseService warehouses;
    @Autowired
    StockService stock;
    @Autowired
    ReservationService reservations;
    @Autowired
    MeterRegistry meters;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @Test
    void theExpiryJobReleasesReservationsOnceTheirTimeHasPassed() {
        UUID warehouse = warehouses.open("WK-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(),
                new WarehouseDetails("Worker test", new Address("1 Street", null, null, null, "Ha Noi", "VN", null),
                        new GeoPoint(21.0, 105.8), 1)).id();
        stock.receive("WORKER-SKU-1", warehouse, 10, "test", "test");
        var outcome = reservations.reserve(new ReservationRequest("worker-" + UUID.randomUUID(),
                List.of(new RequestedLine("WORKER-SKU-1", 4)), null, 30), "test");
        UUID id = outcome.reservation().id();
        assertThat(stock.bySku("WORKER-SKU-1").levels().getFirst().reserved()).isEqualTo(4);

        // Still within its time-to-live: the job runs every 200 ms but leaves it alone.
        assertThat(reservations.get(id).status()).isEqualTo(ReservationStatus.ACTIVE);

        clock.advance(Duration.ofSeconds(31));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> reservations.get(id).status() == ReservationStatus.EXPIRED);
        assertThat(stock.bySku("WORKER-SKU-1").levels().getFirst().reserved()).isZero();
        assertThat(meters.counter("warehouse.reservations.expired").count()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theReconciliationJobRepairsDriftOnItsOwn() {
        UUID warehouse = warehouses.open("RC-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(),
                new WarehouseDetails("Reconcile", new Address("1 Street", null, null, null, "Ha Noi", "VN", null),
                        new GeoPoint(21.0, 105.8), 1)).id();
        stock.receive("WORKER-SKU-2", warehouse, 10, "test", "test");
        // Corrupt the level behind the application's back: on hand no longer matches the ledger.
        jdbc.update("UPDATE stock_level SET on_hand = 7 WHERE sku = 'WORKER-SKU-2'");

        await().atMost(Duration.ofSeconds(20))
                .until(() -> stock.bySku("WORKER-SKU-2").levels().getFirst().onHand() == 10);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM stock_movement WHERE sku = 'WORKER-SKU-2'"
                + " AND type = 'RECONCILIATION'", Long.class)).isOne();
        assertThat(meters.counter("warehouse.reconciliation.repairs").count()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theWorkerServesHealthButNotTheApi() throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);

            HttpResponse<String> api = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/v1/warehouses"))
                    .header("Authorization", TestJwts.staff().permissions("warehouse:manage").bearer()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(api.statusCode()).isEqualTo(404);
        }
    }
}

package com.fleetcommerce.warehouse.reservation;

import static com.fleetcommerce.warehouse.StockFixtures.ORDER_SERVICE;
import static com.fleetcommerce.warehouse.StockFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import com.fleetcommerce.testsupport.ApiClient;
import com.fleetcommerce.testsupport.ApiClient.Response;
import com.fleetcommerce.warehouse.StockFixtures;
import com.fleetcommerce.warehouse.WarehouseApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/** Many buyers at once through the HTTP API: never oversold, never a partial reservation. */
class ReservationConcurrencyTest extends WarehouseApiTest {

    private static final int THREADS = 32;

    @BeforeEach
    void setUp() {
    }

    @Test
    void twoHundredBuyersOfFiftyUnitsGetExactlyFifty() throws Exception {
        String sku = StockFixtures.uniqueSku();
        UUID warehouse = fixtures.warehouse(21.0, 105.8, 10);
        fixtures.receive(sku, warehouse, 50);

        List<Callable<Response>> buyers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            buyers.add(() -> fixtures.reserve(ORDER_SERVICE, "hot-" + UUID.randomUUID(), List.of(line(sku, 1)),
                    Map.of()));
        }
        List<Response> responses = runTogether(buyers);

        Map<Integer, Long> byStatus = new HashMap<>();
        responses.forEach(r -> byStatus.merge(r.status(), 1L, Long::sum));
        assertThat(byStatus).containsOnly(Map.entry(201, 50L), Map.entry(409, 150L));
        assertThat(responses.stream().filter(r -> r.status() == 409))
                .allSatisfy(r -> assertThat(r.body().path("code").asString()).isEqualTo("insufficient-stock"));

        long[] level = fixtures.level(sku, warehouse);
        assertThat(level[0]).isEqualTo(50);
        assertThat(level[1]).isEqualTo(50);
        assertThat(level[3]).as("version: one receipt and fifty reservations").isEqualTo(51);
        assertThat(fixtures.ledgerSum(sku, warehouse, "RESERVE")).isEqualTo(50);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM stock_movement WHERE sku = ? AND type = 'RESERVE'",
                Long.class, sku)).isEqualTo(50);
        fixtures.assertLedgerAddsUp(sku, warehouse);
        assertThat(api.get("/api/v1/stock/" + sku, ORDER_SERVICE).body().path("totalAvailable").asLong()).isZero();
    }

    @Test
    void concurrentRepeatsOfOneKeyReserveOnce() throws Exception {
        String sku = StockFixtures.uniqueSku();
        UUID warehouse = fixtures.warehouse(21.0, 105.8, 10);
        fixtures.receive(sku, warehouse, 100);
        String key = "same-" + UUID.randomUUID();

        List<Callable<Response>> repeats = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            repeats.add(() -> fixtures.reserve(ORDER_SERVICE, key, List.of(line(sku, 3)), Map.of()));
        }
        List<Response> responses = runTogether(repeats);

        assertThat(responses).extracting(Response::status).containsOnly(201, 200)
                .filteredOn(s -> s == 201).hasSize(1);
        assertThat(responses).extracting(r -> r.body().path("id").asString()).containsOnly(
                responses.getFirst().body().path("id").asString());
        assertThat(fixtures.level(sku, warehouse)[1]).isEqualTo(3);
        fixtures.assertLedgerAddsUp(sku, warehouse);
    }

    @Test
    void multiLineOrdersAcrossTwoWarehousesAreAllOrNothing() throws Exception {
        String a = StockFixtures.uniqueSku();
        String b = StockFixtures.uniqueSku();
        UUID north = fixtures.warehouse(21.0, 105.8, 10);
        UUID south = fixtures.warehouse(10.8, 106.7, 20);
        fixtures.receive(a, north, 30);
        fixtures.receive(a, south, 25);
        fixtures.receive(b, north, 20);
        fixtures.receive(b, south, 22);
        assertThat(api.send(HttpMethod.PUT, "/api/v1/stock/" + b + "/warehouses/" + south + "/settings",
                StockFixtures.WRITER, Map.of("safetyStock", 4, "lowStockThreshold", 0), Map.of()).status())
                .isEqualTo(200);

        List<Map<String, Long>> orders = new ArrayList<>();
        List<Callable<Response>> buyers = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            Map<String, Long> order = Map.of(a, random.nextLong(1, 4), b, random.nextLong(1, 4));
            orders.add(order);
            Map<String, Object> extra = i % 2 == 0 ? Map.of()
                    : Map.of("shipTo", Map.of("latitude", 10.7, "longitude", 106.6));
            buyers.add(() -> fixtures.reserve(ORDER_SERVICE, "multi-" + UUID.randomUUID(),
                    List.of(line(a, order.get(a)), line(b, order.get(b))), extra));
        }
        List<Response> responses = runTogether(buyers);

        Map<String, Long> reservedTotal = new HashMap<>();
        int accepted = 0;
        for (int i = 0; i < responses.size(); i++) {
            Response r = responses.get(i);
            assertThat(r.status()).as(r.body().toString()).isIn(201, 409);
            if (r.status() == 409) {
                continue;
            }
            accepted++;
            JsonNode stored = api.get("/api/v1/reservations/" + r.body().path("id").asString(), ORDER_SERVICE)
                    .body();
            Map<String, Long> held = new HashMap<>();
            stored.path("allocations").valueStream()
                    .forEach(x -> held.merge(x.path("sku").asString(), x.path("quantity").asLong(), Long::sum));
            assertThat(held).as("reservation %d holds every line in full", i).isEqualTo(orders.get(i));
            held.forEach((sku, q) -> reservedTotal.merge(sku, q, Long::sum));
        }
        assertThat(accepted).isPositive();
        assertThat(responses.stream().filter(r -> r.status() == 409)).isNotEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM reservation WHERE reservation_key LIKE 'multi-%'"
                + " AND id NOT IN (SELECT reservation_id FROM reservation_allocation)", Long.class)).isZero();

        for (String sku : List.of(a, b)) {
            long reserved = 0;
            for (UUID w : List.of(north, south)) {
                long[] level = fixtures.level(sku, w);
                assertThat(level[0] - level[1] - level[2]).as("raw available of %s", sku).isNotNegative();
                reserved += level[1];
                fixtures.assertLedgerAddsUp(sku, w);
            }
            assertThat(reserved).isEqualTo(reservedTotal.get(sku));
        }
    }

    private static List<Response> runTogether(List<Callable<Response>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (Callable<Response> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> f : futures) {
                responses.add(f.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}

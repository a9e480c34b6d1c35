package com.fleetcommerce.warehouse.reconciliation.application;

import static com.fleetcommerce.warehouse.StockFixtures.ORDER_SERVICE;
import static com.fleetcommerce.warehouse.StockFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fleetcommerce.testsupport.ApiClient;
import com.fleetcommerce.testsupport.ApiClient.Response;
import com.fleetcommerce.warehouse.StockFixtures;
import com.fleetcommerce.warehouse.WarehouseApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/**
 * Reconciliation running back to back while buyers reserve, commit and release the same levels over HTTP: it must
 * never take a change in flight for drift (no repair, no report), and neither side may deadlock or fail.
 */
class ReconciliationUnderLoadTest extends WarehouseApiTest {

    private static final int BUYERS = 8;
    private static final int ORDERS_EACH = 15;

    @Autowired
    StockReconciliation reconciliation;

    @Test
    void runsNextToLiveReservationsFindNoDriftAndLeaveTheLedgerAddingUp() throws Exception {
        UUID hanoi = fixtures.warehouse(21.0, 105.8, 10);
        UUID danang = fixtures.warehouse(16.0, 108.2, 20);
        String a = StockFixtures.uniqueSku();
        String b = StockFixtures.uniqueSku();
        for (UUID warehouse : List.of(hanoi, danang)) {
            fixtures.receive(a, warehouse, 500);
            fixtures.receive(b, warehouse, 500);
        }

        ExecutorService pool = Executors.newFixedThreadPool(BUYERS);
        List<CompletableFuture<List<Integer>>> buyers = new ArrayList<>();
        for (int t = 0; t < BUYERS; t++) {
            int buyer = t;
            buyers.add(CompletableFuture.supplyAsync(() -> {
                List<Integer> statuses = new ArrayList<>();
                for (int i = 0; i < ORDERS_EACH; i++) {
                    // more than one warehouse holds 500 of each: 300 + 300 forces a split across both
                    Response reserved = fixtures.reserve(ORDER_SERVICE, "load-" + UUID.randomUUID(),
                            List.of(line(a, 1 + i % 3), line(b, i == 0 && buyer == 0 ? 600 : 2)), Map.of());
                    statuses.add(reserved.status());
                    String id = reserved.body().path("id").asString();
                    String step = i % 2 == 0 ? "/commit" : "/release";
                    statuses.add(api.send(HttpMethod.POST, "/api/v1/reservations/" + id + step, ORDER_SERVICE,
                            null, Map.of()).status());
                }
                return statuses;
            }, pool));
        }
        CompletableFuture<Void> all = CompletableFuture.allOf(buyers.toArray(CompletableFuture[]::new));

        List<ReconciliationReport> reports = new ArrayList<>();
        while (!all.isDone() || reports.isEmpty()) {
            reports.add(reconciliation.reconcile());
        }
        pool.shutdown();

        assertThat(buyers).allSatisfy(f -> assertThat(f.join()).containsOnly(200, 201));
        assertThat(reports).hasSizeGreaterThan(1)
                .allSatisfy(r -> assertThat(r.driftLevels()).as(r.toString()).isZero());
        for (UUID warehouse : List.of(hanoi, danang)) {
            fixtures.assertLedgerAddsUp(a, warehouse);
            fixtures.assertLedgerAddsUp(b, warehouse);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM stock_movement WHERE type = 'RECONCILIATION'"
                + " AND sku IN (?, ?)", Long.class, a, b)).isZero();
        assertThat(jdbc.queryForObject("SELECT sum(reserved) FROM stock_level WHERE sku IN (?, ?)", Long.class, a, b))
                .isZero();
    }
}

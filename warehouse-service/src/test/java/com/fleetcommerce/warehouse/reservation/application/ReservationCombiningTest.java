package com.fleetcommerce.warehouse.reservation.application;

import static com.fleetcommerce.warehouse.StockFixtures.ORDER_SERVICE;
import static com.fleetcommerce.warehouse.StockFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import com.fleetcommerce.testsupport.ApiClient;
import com.fleetcommerce.testsupport.ApiClient.Response;
import com.fleetcommerce.warehouse.StockFixtures;
import com.fleetcommerce.warehouse.WarehouseApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Buyers that arrive while a hot level's lock is held wait in the combiner and are then all answered by one
 * transaction: one lock hand-off, one commit and one stock event for all of them, each with its own reservation.
 */
class ReservationCombiningTest extends WarehouseApiTest {

    private static final int WAITING_BUYERS = 20;

    @Autowired
    DataSource dataSource;

    @Autowired
    ReservationCombiner combiner;

    @Test
    void buyersQueuedBehindAHeldLockAreReservedTogetherInOneTransaction() throws Exception {
        String sku = StockFixtures.uniqueSku();
        UUID warehouse = fixtures.warehouse(21.0, 105.8, 10);
        fixtures.receive(sku, warehouse, 100);
        String prefix = "combined-" + UUID.randomUUID() + "-";
        ExecutorService buyers = Executors.newFixedThreadPool(WAITING_BUYERS + 1);
        List<Future<Response>> answers = new ArrayList<>();
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement(
                    "SELECT 1 FROM stock_level WHERE sku = ? AND warehouse_id = ? FOR UPDATE")) {
                lock.setString(1, sku);
                lock.setObject(2, warehouse);
                lock.executeQuery().close();
            }
            answers.add(buyers.submit(() -> buy(fixtures, sku, prefix + "first")));
            await().atMost(Duration.ofSeconds(30)).until(this::aReservationWaitsForTheLevelLock);
            for (int i = 0; i < WAITING_BUYERS; i++) {
                String key = prefix + i;
                answers.add(buyers.submit(() -> buy(fixtures, sku, key)));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> combiner.waiting() == WAITING_BUYERS);
            holder.commit();
        } finally {
            buyers.shutdown();
        }
        for (Future<Response> answer : answers) {
            Response response = answer.get();
            assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        }

        assertThat(jdbc.queryForObject("SELECT count(DISTINCT id) FROM reservation WHERE reservation_key LIKE ?",
                Long.class, prefix + "%")).isEqualTo(WAITING_BUYERS + 1);
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT created_at) FROM reservation"
                + " WHERE reservation_key LIKE ?", Long.class, prefix + "%"))
                .as("two transactions: the one that waited for the lock, then all the others").isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT (payload->>'reserved')::bigint FROM outbox_event"
                        + " WHERE topic = 'warehouse.stock' AND message_key = ? ORDER BY seq", Long.class, sku))
                .as("the receipt's event, then one per transaction").containsExactly(0L, 1L, 21L);
        long[] level = fixtures.level(sku, warehouse);
        assertThat(level[1]).isEqualTo(WAITING_BUYERS + 1);
        assertThat(level[3]).as("the version still grows once per reservation").isEqualTo(WAITING_BUYERS + 2);
        fixtures.assertLedgerAddsUp(sku, warehouse);
    }

    private boolean aReservationWaitsForTheLevelLock() {
        return jdbc.queryForObject("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND wait_event_type = 'Lock' AND query LIKE '%FOR UPDATE OF s%'", Long.class) > 0;
    }

    private static Response buy(StockFixtures fixtures, String sku, String key) {
        return fixtures.reserve(ORDER_SERVICE, key, List.of(line(sku, 1)), Map.of());
    }
}

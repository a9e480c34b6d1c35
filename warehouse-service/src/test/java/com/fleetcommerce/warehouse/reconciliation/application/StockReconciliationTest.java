package com.fleetcommerce.warehouse.reconciliation.application;

import static com.fleetcommerce.warehouse.StockFixtures.ORDER_SERVICE;
import static com.fleetcommerce.warehouse.StockFixtures.WRITER;
import static com.fleetcommerce.warehouse.StockFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.testsupport.TestJwts;
import com.fleetcommerce.testsupport.ApiClient;
import com.fleetcommerce.testsupport.ApiClient.Response;
import com.fleetcommerce.warehouse.StockFixtures;
import com.fleetcommerce.warehouse.WarehouseApiTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/** Levels corrupted behind the application's back are found, reported, repaired through the ledger and measured. */
class StockReconciliationTest extends WarehouseApiTest {

    @Autowired
    StockReconciliation reconciliation;

    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void setUp() {
    }

    @Test
    void corruptedLevelsAreRepairedWithLedgerRowsAndEventsAndASecondRunFindsNothing() {
        UUID warehouse = fixtures.warehouse(21.0, 105.8, 10);
        String both = StockFixtures.uniqueSku();
        String reservedOnly = StockFixtures.uniqueSku();
        String healthy = StockFixtures.uniqueSku();
        fixtures.receive(both, warehouse, 50);
        Response held = fixtures.reserve(ORDER_SERVICE, UUID.randomUUID().toString(), List.of(line(both, 5)),
                Map.of());
        assertThat(held.status()).isEqualTo(201);
        fixtures.receive(reservedOnly, warehouse, 10);
        fixtures.receive(healthy, warehouse, 7);
        corrupt(both, warehouse, 42, 2);
        corrupt(reservedOnly, warehouse, 10, 1);
        long version = fixtures.level(both, warehouse)[3];
        double repairsBefore = repairs();

        ReconciliationReport report = reconciliation.reconcile();

        assertThat(report.driftLevels()).isEqualTo(2).isEqualTo(report.levels().size());
        assertThat(report.repaired()).isEqualTo(2);
        ReconciledLevel first = found(report, both);
        assertThat(first.repaired()).isTrue();
        assertThat(first.drift().onHand()).isEqualTo(42);
        assertThat(first.drift().expectedOnHand()).isEqualTo(50);
        assertThat(first.drift().reserved()).isEqualTo(2);
        assertThat(first.drift().expectedReserved()).isEqualTo(5);
        assertThat(first.version()).isEqualTo(version + 1);
        assertThat(found(report, reservedOnly).drift().expectedReserved()).isZero();

        assertThat(fixtures.level(both, warehouse)).containsExactly(50, 5, 0, version + 1);
        assertThat(fixtures.level(reservedOnly, warehouse)[1]).isZero();
        assertThat(fixtures.level(healthy, warehouse)).containsExactly(7, 0, 0, 1);
        assertThat(repairRows(both)).containsExactlyInAnyOrder(
                "8|on hand: level had 42, ledger adds up to 50|" + StockReconciliation.SYSTEM_ACTOR,
                "3|reserved: level had 2, active reservations hold 5|" + StockReconciliation.SYSTEM_ACTOR);
        assertThat(repairRows(reservedOnly)).containsExactly(
                "-1|reserved: level had 1, active reservations hold 0|" + StockReconciliation.SYSTEM_ACTOR);
        assertThat(jdbc.queryForList("SELECT DISTINCT reference FROM stock_movement WHERE type = 'RECONCILIATION'"
                + " AND sku IN (?, ?)", String.class, both, reservedOnly)).containsExactly(report.reference());
        fixtures.assertLedgerAddsUp(both, warehouse);
        fixtures.assertLedgerAddsUp(reservedOnly, warehouse);
        assertThat(latestEvent(both)).isEqualTo("50/5/45/" + (version + 1));

        assertThat(meters.get(ReconciliationMetrics.DRIFT_LEVELS).gauge().value()).isEqualTo(2);
        assertThat(repairs() - repairsBefore).isEqualTo(2);

        // the repaired level serves the reservation it holds: the sale takes exactly the reserved units
        String reservationId = held.body().path("id").asString();
        assertThat(api.send(HttpMethod.POST, "/api/v1/reservations/" + reservationId + "/commit", ORDER_SERVICE,
                null, Map.of()).status()).isEqualTo(200);
        assertThat(fixtures.level(both, warehouse)).containsExactly(45, 0, 0, version + 2);
        fixtures.assertLedgerAddsUp(both, warehouse);

        Response second = api.send(HttpMethod.POST, "/api/v1/stock-levels/reconcile", WRITER, null, Map.of());
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body().path("driftLevels").asInt()).isZero();
        assertThat(second.body().path("levels").size()).isZero();
        assertThat(meters.get(ReconciliationMetrics.DRIFT_LEVELS).gauge().value()).isZero();
        assertThat(repairs() - repairsBefore).isEqualTo(2);
        assertThat(fixtures.level(both, warehouse)[3]).isEqualTo(version + 2);
    }

    @Test
    void theEndpointReportsDriftAndNeedsInventoryWrite() {
        UUID warehouse = fixtures.warehouse(21.0, 105.8, 10);
        String sku = StockFixtures.uniqueSku();
        fixtures.receive(sku, warehouse, 12);
        corrupt(sku, warehouse, 9, 0);

        String clerk = TestJwts.staff().permissions("inventory:read").token();
        assertThat(api.send(HttpMethod.POST, "/api/v1/stock-levels/reconcile", clerk, null, Map.of()).status())
                .isEqualTo(403);
        assertThat(fixtures.level(sku, warehouse)[0]).isEqualTo(9);

        Response run = api.send(HttpMethod.POST, "/api/v1/stock-levels/reconcile", WRITER, null, Map.of());
        assertThat(run.status()).isEqualTo(200);
        assertThat(run.body().path("driftLevels").asInt()).isEqualTo(1);
        var level = run.body().path("levels").get(0);
        assertThat(level.path("sku").asString()).isEqualTo(sku);
        assertThat(level.path("actualOnHand").asLong()).isEqualTo(9);
        assertThat(level.path("expectedOnHand").asLong()).isEqualTo(12);
        assertThat(level.path("repaired").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("SELECT actor FROM stock_movement WHERE sku = ? AND type = 'RECONCILIATION'",
                String.class, sku)).isNotBlank().doesNotStartWith("system:");
        assertThat(fixtures.level(sku, warehouse)[0]).isEqualTo(12);
    }

    private void corrupt(String sku, UUID warehouse, long onHand, long reserved) {
        assertThat(jdbc.update("UPDATE stock_level SET on_hand = ?, reserved = ? WHERE sku = ? AND warehouse_id = ?",
                onHand, reserved, sku, warehouse)).isEqualTo(1);
    }

    private static ReconciledLevel found(ReconciliationReport report, String sku) {
        return report.levels().stream().filter(l -> l.drift().key().sku().equals(sku)).findFirst().orElseThrow();
    }

    private List<String> repairRows(String sku) {
        return jdbc.queryForList("SELECT quantity || '|' || reason || '|' || actor FROM stock_movement"
                + " WHERE sku = ? AND type = 'RECONCILIATION'", String.class, sku);
    }

    private String latestEvent(String sku) {
        return jdbc.queryForObject("SELECT concat_ws('/', payload->>'onHand', payload->>'reserved',"
                + " payload->>'available', payload->>'version') FROM outbox_event WHERE topic = 'warehouse.stock'"
                + " AND message_key = ? ORDER BY seq DESC LIMIT 1", String.class, sku);
    }

    private double repairs() {
        return meters.get(ReconciliationMetrics.REPAIRS).counter().count();
    }
}

package com.fleetcommerce.warehouse.stock.web;

import static com.fleetcommerce.warehouse.StockFixtures.ORDER_SERVICE;
import static com.fleetcommerce.warehouse.StockFixtures.WRITER;
import static com.fleetcommerce.warehouse.StockFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.testsupport.TestJwts;
import com.fleetcommerce.testsupport.ApiClient;
import com.fleetcommerce.testsupport.ApiClient.Response;
import com.fleetcommerce.warehouse.StockFixtures;
import com.fleetcommerce.warehouse.WarehouseApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/** {@code PUT /api/v1/stock-levels/bulk} at full size (10,000 rows) through HTTP, against the real database. */
class BulkUpsertApiTest extends WarehouseApiTest {

    private static final String BULK = "/api/v1/stock-levels/bulk";
    private static final int SKUS = 5_000;

    private String prefix;

    @BeforeEach
    void setUp() {
        prefix = "BLK-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "-";
    }

    @Test
    void tenThousandRowsGiveOneLedgerRowAndOneEventPerChangedLevelAndARepeatChangesNothing() {
        UUID hanoi = fixtures.warehouse(21.0, 105.8, 10);
        UUID danang = fixtures.warehouse(16.0, 108.2, 20);
        String danangCode = api.get("/api/v1/warehouses/" + danang, WRITER).body().path("code").asString();

        // 5,000 SKUs x 2 warehouses, Hanoi named by id and Da Nang by code: every level is new
        List<Map<String, Object>> opening = new ArrayList<>();
        for (int i = 0; i < SKUS; i++) {
            opening.add(row(sku(i), "warehouseId", hanoi, 10 + i % 50));
            opening.add(row(sku(i), "warehouseCode", danangCode, 1 + i % 7));
        }
        long started = System.nanoTime();
        Response first = upsert(opening, "opening count");
        System.out.printf("bulk upsert of 10,000 new levels took %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertCounts(first, 10_000, 10_000, 10_000, 0);
        assertThat(ledgerRows("RECEIPT")).isEqualTo(10_000);
        assertThat(stockEvents()).isEqualTo(10_000);

        // a recount: a quarter of the rows up by 5, a quarter down by 1, the rest as they are
        List<Map<String, Object>> recount = new ArrayList<>();
        for (int i = 0; i < opening.size(); i++) {
            Map<String, Object> row = new LinkedHashMap<>(opening.get(i));
            long onHand = ((Number) row.get("onHand")).longValue();
            row.put("onHand", i % 4 == 0 ? onHand + 5 : i % 4 == 1 ? onHand - 1 : onHand);
            recount.add(row);
        }
        started = System.nanoTime();
        Response second = upsert(recount, "cycle count");
        System.out.printf("bulk upsert of 10,000 rows (5,000 changed) took %d ms%n",
                (System.nanoTime() - started) / 1_000_000);
        assertCounts(second, 10_000, 0, 5_000, 5_000);
        assertThat(ledgerRows("ADJUSTMENT")).isEqualTo(5_000);
        assertThat(jdbc.queryForObject("SELECT sum(quantity) FROM stock_movement WHERE type = 'ADJUSTMENT'"
                + " AND sku LIKE ?", Long.class, prefix + "%")).isEqualTo(2_500L * 5 - 2_500L);
        assertThat(stockEvents()).isEqualTo(15_000);
        assertThat(fixtures.level(sku(0), hanoi)).containsExactly(15, 0, 0, 2);   // row 0: up by 5
        assertThat(fixtures.level(sku(0), danang)).containsExactly(0, 0, 0, 2);   // row 1: 1 down by 1
        assertThat(fixtures.level(sku(1), hanoi)).containsExactly(11, 0, 0, 1);   // row 2: as it was
        assertThat(jdbc.queryForObject("SELECT payload->>'onHand' || '/' || (payload->>'version') FROM outbox_event"
                + " WHERE topic = 'warehouse.stock' AND message_key = ? AND payload->>'warehouseId' = ?"
                + " ORDER BY seq DESC LIMIT 1", String.class, sku(0), danang.toString())).isEqualTo("0/2");

        Response repeat = upsert(recount, "cycle count");
        assertCounts(repeat, 10_000, 0, 0, 10_000);
        assertThat(ledgerRows("RECEIPT") + ledgerRows("ADJUSTMENT")).isEqualTo(15_000);
        assertThat(stockEvents()).isEqualTo(15_000);

        // the ledger adds up for every one of the 10,000 levels
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM stock_level s
                 WHERE s.sku LIKE ? AND s.on_hand <> (SELECT coalesce(sum(m.quantity), 0) FROM stock_movement m
                                                       WHERE m.sku = s.sku AND m.warehouse_id = s.warehouse_id
                                                         AND m.type IN ('RECEIPT', 'ADJUSTMENT'))
                """, Long.class, prefix + "%")).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM stock_level WHERE sku LIKE ?", Long.class,
                prefix + "%")).isEqualTo(10_000);
    }

    @Test
    void anExistingLevelKeepsItsReservationsAndASettingsOnlyChangeIsAnEventWithoutLedgerRow() {
        UUID warehouse = fixtures.warehouse(21.0, 105.8, 10);
        String sku = sku(1);
        fixtures.receive(sku, warehouse, 10);
        assertThat(fixtures.reserve(ORDER_SERVICE, UUID.randomUUID().toString(), List.of(line(sku, 4)), Map.of())
                .status()).isEqualTo(201);

        Response counted = upsert(List.of(row(sku, "warehouseId", warehouse, 20)), "found a pallet");
        assertCounts(counted, 1, 0, 1, 0);
        assertThat(fixtures.level(sku, warehouse)).containsExactly(20, 4, 0, 3);
        fixtures.assertLedgerAddsUp(sku, warehouse);
        assertThat(ledgerRows("ADJUSTMENT")).isEqualTo(1);

        Map<String, Object> settings = row(sku, "warehouseId", warehouse, 20);
        settings.put("safetyStock", 2);
        Response configured = upsert(List.of(settings), "safety stock for the sale");
        assertCounts(configured, 1, 0, 1, 0);
        assertThat(fixtures.level(sku, warehouse)).containsExactly(20, 4, 2, 4);
        assertThat(ledgerRows("ADJUSTMENT")).isEqualTo(1);
        assertThat(stockEvents()).isEqualTo(4);   // receipt, reservation, count, settings
    }

    @Test
    void badRowsAreRefusedByIndexAndNothingIsApplied() {
        UUID warehouse = fixtures.warehouse(21.0, 105.8, 10);
        String code = api.get("/api/v1/warehouses/" + warehouse, WRITER).body().path("code").asString();
        String held = sku(1);
        fixtures.receive(held, warehouse, 10);
        fixtures.reserve(ORDER_SERVICE, UUID.randomUUID().toString(), List.of(line(held, 4)), Map.of());
        long[] before = fixtures.level(held, warehouse);
        long events = stockEvents();
        Map<String, Object> valid = row(sku(2), "warehouseId", warehouse, 5);

        Map<String, Object> both = row(sku(5), "warehouseId", warehouse, 1);
        both.put("warehouseCode", code);
        Map<String, Object> noWarehouse = new LinkedHashMap<>(Map.of("sku", sku(6), "onHand", 1));
        Response malformedRows = upsert(List.of(valid, row("bad sku", "warehouseId", warehouse, 1),
                row(sku(3), "warehouseId", warehouse, -1), both, noWarehouse), "count");
        assertThat(malformedRows.status()).isEqualTo(400);
        assertThat(malformedRows.body().path("code").asString()).isEqualTo("validation-failed");
        assertThat(malformedRows.body().path("errors").valueStream().map(e -> e.path("field").asString()))
                .containsExactlyInAnyOrder("rows[1].sku", "rows[2].onHand", "rows[3].warehouseNamedOnce",
                        "rows[4].warehouseNamedOnce");

        assertThat(send(Map.of("rows", List.of(valid))).body().path("errors").get(0).path("field").asString())
                .isEqualTo("reason");
        assertThat(upsert(List.of(), "count").status()).isEqualTo(400);
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i <= 10_000; i++) {
            tooMany.add(row(sku(i), "warehouseCode", code, 1));
        }
        Response overLimit = upsert(tooMany, "count");
        assertThat(overLimit.status()).isEqualTo(400);
        assertThat(overLimit.body().path("errors").get(0).path("field").asString()).isEqualTo("rows");
        Response malformed = api.send(HttpMethod.PUT, BULK, WRITER, "{\"rows\": [", Map.of());
        assertThat(malformed.body().path("code").asString()).isEqualTo("malformed-request");

        Response unknown = upsert(List.of(valid, row(sku(3), "warehouseCode", "NOPE-1", 1),
                row(sku(4), "warehouseId", UUID.randomUUID(), 1)), "count");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body().path("code").asString()).isEqualTo("unknown-warehouse");
        assertThat(unknown.body().path("rows").valueStream().map(r -> r.path("index").asInt()))
                .containsExactly(1, 2);

        Response duplicate = upsert(List.of(valid, row(sku(2), "warehouseCode", code, 7)), "count");
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.body().path("code").asString()).isEqualTo("duplicate-rows");
        assertThat(duplicate.body().path("rows").get(0).path("index").asInt()).isEqualTo(1);
        assertThat(duplicate.body().path("rows").get(0).path("duplicateOf").asInt()).isZero();

        Response belowReserved = upsert(List.of(valid, row(held, "warehouseCode", code, 3)), "count");
        assertThat(belowReserved.status()).isEqualTo(409);
        assertThat(belowReserved.body().path("code").asString()).isEqualTo("stock-below-reserved");
        assertThat(belowReserved.body().path("rows").get(0).path("index").asInt()).isEqualTo(1);
        assertThat(belowReserved.body().path("rows").get(0).path("reserved").asLong()).isEqualTo(4);

        Response clerk = api.send(HttpMethod.PUT, BULK,
                TestJwts.staff().permissions("inventory:read").token(),
                Map.of("reason", "count", "rows", List.of(valid)), Map.of());
        assertThat(clerk.status()).isEqualTo(403);
        assertThat(api.send(HttpMethod.PUT, BULK, null, Map.of("reason", "count", "rows", List.of(valid)), Map.of())
                .status()).isEqualTo(401);

        // nothing applied: the valid row's level was never created, the reserved level is untouched
        assertThat(fixtures.level(sku(2), warehouse)).isNull();
        assertThat(fixtures.level(held, warehouse)).isEqualTo(before);
        assertThat(ledgerRows("RECEIPT") + ledgerRows("ADJUSTMENT")).isEqualTo(1);
        assertThat(stockEvents()).isEqualTo(events);
    }

    private Response upsert(List<Map<String, Object>> rows, String reason) {
        return send(Map.of("reason", reason, "reference", "COUNT-" + prefix, "rows", rows));
    }

    private Response send(Map<String, Object> body) {
        return api.send(HttpMethod.PUT, BULK, WRITER, body, Map.of());
    }

    private static void assertCounts(Response r, int received, int created, int changed, int unchanged) {
        assertThat(r.status()).as(r.body().toString()).isEqualTo(200);
        assertThat(r.body().path("received").asInt()).isEqualTo(received);
        assertThat(r.body().path("created").asInt()).isEqualTo(created);
        assertThat(r.body().path("changed").asInt()).isEqualTo(changed);
        assertThat(r.body().path("unchanged").asInt()).isEqualTo(unchanged);
    }

    private static Map<String, Object> row(String sku, String warehouseField, Object warehouse, long onHand) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("sku", sku);
        row.put(warehouseField, warehouse);
        row.put("onHand", onHand);
        return row;
    }

    private String sku(int i) {
        return prefix + i;
    }

    private long ledgerRows(String type) {
        return jdbc.queryForObject("SELECT count(*) FROM stock_movement WHERE type = ? AND sku LIKE ?", Long.class,
                type, prefix + "%");
    }

    private long stockEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM outbox_event WHERE topic = 'warehouse.stock'"
                + " AND message_key LIKE ?", Long.class, prefix + "%");
    }
}

package com.fleetcommerce.warehouse.stock.web;

import static com.fleetcommerce.warehouse.StockFixtures.ADJUSTER;
import static com.fleetcommerce.warehouse.StockFixtures.ORDER_SERVICE;
import static com.fleetcommerce.warehouse.StockFixtures.WRITER;
import static com.fleetcommerce.warehouse.StockFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class StockApiTest extends WarehouseApiTest {

    private static final String CLERK = TestJwts.staff().permissions("inventory:read").token();

    private String sku;

    @BeforeEach
    void setUp() {
        sku = StockFixtures.uniqueSku();
    }

    @Test
    void receiptsAndAdjustmentsChangeTheLevelAndWriteTheLedgerWithTheActor() {
        UUID hanoi = fixtures.warehouse(21.0, 105.8, 10);
        UUID danang = fixtures.warehouse(16.0, 108.2, 20);

        Response first = fixtures.receive(sku, hanoi, 40);
        assertThat(first.body().path("onHand").asLong()).isEqualTo(40);
        assertThat(first.body().path("available").asLong()).isEqualTo(40);
        assertThat(first.body().path("version").asLong()).isEqualTo(1);
        fixtures.receive(sku, danang, 5);

        Response adjusted = post("/api/v1/stock/adjustments", ADJUSTER, Map.of("sku", sku, "warehouseId", hanoi,
                "delta", -3, "reason", "cycle count", "reference", "COUNT-7"));
        assertThat(adjusted.status()).isEqualTo(200);
        assertThat(adjusted.body().path("onHand").asLong()).isEqualTo(37);
        assertThat(adjusted.body().path("version").asLong()).isEqualTo(2);

        JsonNode overview = api.get("/api/v1/stock/" + sku, ORDER_SERVICE).body();
        assertThat(overview.path("totalOnHand").asLong()).isEqualTo(42);
        assertThat(overview.path("totalAvailable").asLong()).isEqualTo(42);
        assertThat(overview.path("levels").size()).isEqualTo(2);
        assertThat(overview.path("levels").get(0).path("warehouseId").asString()).isEqualTo(hanoi.toString());

        JsonNode history = api.get("/api/v1/stock/" + sku + "/movements?size=2", CLERK).body();
        assertThat(history.path("totalElements").asLong()).isEqualTo(3);
        JsonNode newest = history.path("items").get(0);
        assertThat(newest.path("type").asString()).isEqualTo("ADJUSTMENT");
        assertThat(newest.path("quantity").asLong()).isEqualTo(-3);
        assertThat(newest.path("reason").asString()).isEqualTo("cycle count");
        assertThat(newest.path("reference").asString()).isEqualTo("COUNT-7");
        assertThat(newest.path("actor").asString()).isEqualTo(subjectOf(ADJUSTER));
        fixtures.assertLedgerAddsUp(sku, hanoi);

        JsonNode page = api.get("/api/v1/warehouses/" + danang + "/stock?size=10", CLERK).body();
        assertThat(page.path("items").valueStream().map(l -> l.path("sku").asString())).containsExactly(sku);
    }

    @Test
    void anAdjustmentBelowReservedIsRefusedAndChangesNothing() {
        UUID warehouse = fixtures.warehouse(21.0, 105.8, 10);
        fixtures.receive(sku, warehouse, 10);
        assertThat(fixtures.reserve(ORDER_SERVICE, UUID.randomUUID().toString(), List.of(line(sku, 6)), Map.of())
                .status()).isEqualTo(201);
        long[] before = fixtures.level(sku, warehouse);
        long rows = fixtures.ledgerRows(sku);

        Response refused = post("/api/v1/stock/adjustments", ADJUSTER,
                Map.of("sku", sku, "warehouseId", warehouse, "delta", -5, "reason", "damaged"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().path("code").asString()).isEqualTo("stock-below-reserved");
        assertThat(refused.body().path("reserved").asLong()).isEqualTo(6);
        assertThat(fixtures.level(sku, warehouse)).isEqualTo(before);
        assertThat(fixtures.ledgerRows(sku)).isEqualTo(rows);
    }

    @Test
    void aTransferMovesBothLegsInOneGoAndNeverTakesReservedUnits() {
        UUID from = fixtures.warehouse(21.0, 105.8, 10);
        UUID to = fixtures.warehouse(10.8, 106.7, 10);
        fixtures.receive(sku, from, 10);
        fixtures.reserve(ORDER_SERVICE, UUID.randomUUID().toString(), List.of(line(sku, 4)), Map.of());

        Response moved = post("/api/v1/stock/transfers", WRITER,
                Map.of("sku", sku, "fromWarehouseId", from, "toWarehouseId", to, "quantity", 6, "reason", "rebalance"));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.body().path("from").path("onHand").asLong()).isEqualTo(4);
        assertThat(moved.body().path("to").path("onHand").asLong()).isEqualTo(6);
        List<JsonNode> rows = api.get("/api/v1/stock/" + sku + "/movements", WRITER).body().path("items")
                .valueStream().toList();
        assertThat(rows.subList(0, 2)).extracting(r -> r.path("type").asString())
                .containsExactlyInAnyOrder("TRANSFER_OUT", "TRANSFER_IN");
        assertThat(rows.get(0).path("reference").asString()).startsWith("transfer:")
                .isEqualTo(rows.get(1).path("reference").asString());

        Response tooMuch = post("/api/v1/stock/transfers", WRITER,
                Map.of("sku", sku, "fromWarehouseId", from, "toWarehouseId", to, "quantity", 1));
        assertThat(tooMuch.status()).isEqualTo(409);
        assertThat(tooMuch.body().path("code").asString()).isEqualTo("insufficient-stock");
        assertThat(fixtures.level(sku, from)[0]).isEqualTo(4);
        assertThat(fixtures.level(sku, to)[0]).isEqualTo(6);
        fixtures.assertLedgerAddsUp(sku, from);
        fixtures.assertLedgerAddsUp(sku, to);
    }

    @Test
    void safetyStockLowersAvailableAndTheThresholdFeedsTheLowStockList() {
        UUID warehouse = fixtures.warehouse(21.0, 105.8, 10);
        fixtures.receive(sku, warehouse, 10);

        Response set = api.send(HttpMethod.PUT, "/api/v1/stock/" + sku + "/warehouses/" + warehouse + "/settings",
                WRITER, Map.of("safetyStock", 3, "lowStockThreshold", 8), Map.of());
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.body().path("available").asLong()).isEqualTo(7);
        assertThat(set.body().path("lowStock").asBoolean()).isTrue();
        assertThat(set.body().path("version").asLong()).isEqualTo(2);

        JsonNode low = api.get("/api/v1/stock/low-stock?size=200", ORDER_SERVICE).body();
        assertThat(low.path("items").valueStream().map(l -> l.path("sku").asString())).contains(sku);

        Response reserveAll = fixtures.reserve(ORDER_SERVICE, UUID.randomUUID().toString(), List.of(line(sku, 8)),
                Map.of());
        assertThat(reserveAll.status()).isEqualTo(409);
        assertThat(reserveAll.body().path("shortLines").get(0).path("available").asLong()).isEqualTo(7);
    }

    @Test
    void badInputIsA4xxProblemAndChangesNothing() {
        UUID warehouse = fixtures.warehouse(21.0, 105.8, 10);
        fixtures.receive(sku, warehouse, 10);
        long[] before = fixtures.level(sku, warehouse);
        long rows = fixtures.ledgerRows(sku);

        assertBadRequest(receipt(sku, warehouse, 0), "quantity");
        assertBadRequest(receipt(sku, warehouse, -5), "quantity");
        assertBadRequest(receipt(sku, warehouse, 1_000_000_000_000L), "quantity");
        assertBadRequest(receipt("bad sku!", warehouse, 1), "sku");
        assertBadRequest(post("/api/v1/stock/adjustments", ADJUSTER,
                Map.of("sku", sku, "warehouseId", warehouse, "delta", 5)), "reason");
        assertBadRequest(post("/api/v1/stock/adjustments", ADJUSTER,
                Map.of("sku", sku, "warehouseId", warehouse, "delta", 0, "reason", "x")), "deltaNonZero");
        assertBadRequest(post("/api/v1/stock/transfers", WRITER, Map.of("sku", sku, "fromWarehouseId", warehouse,
                "toWarehouseId", warehouse, "quantity", 1)), "toWarehouseId");

        Response unknownWarehouse = receipt(sku, UUID.randomUUID(), 1);
        assertThat(unknownWarehouse.status()).isEqualTo(404);
        assertThat(unknownWarehouse.body().path("code").asString()).isEqualTo("not-found");

        Response malformed = api.send(HttpMethod.POST, "/api/v1/stock/receipts", WRITER, "{\"sku\": ", Map.of());
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().path("code").asString()).isEqualTo("malformed-request");

        // above the 4 MB this service accepts (application.yml: platform.web.max-request-size)
        Map<String, Object> huge = new LinkedHashMap<>(Map.of("sku", sku, "warehouseId", warehouse, "quantity", 1));
        huge.put("reference", "x".repeat(5 * 1024 * 1024));
        assertThat(post("/api/v1/stock/receipts", WRITER, huge).status()).isEqualTo(413);

        assertThat(api.get("/api/v1/stock/not%20a%20sku", WRITER).status()).isEqualTo(400);
        assertThat(fixtures.level(sku, warehouse)).isEqualTo(before);
        assertThat(fixtures.ledgerRows(sku)).isEqualTo(rows);
    }

    @Test
    void writesNeedInventoryWriteAndReadsNeedAToken() {
        UUID warehouse = fixtures.warehouse(21.0, 105.8, 10);

        Response clerk = api.send(HttpMethod.POST, "/api/v1/stock/receipts", CLERK,
                Map.of("sku", sku, "warehouseId", warehouse, "quantity", 1), Map.of());
        assertThat(clerk.status()).isEqualTo(403);
        assertThat(clerk.body().path("code").asString()).isEqualTo("access-denied");
        assertThat(receiptWith(ORDER_SERVICE, warehouse).status()).isEqualTo(403);
        assertThat(receiptWith(null, warehouse).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/stock/" + sku, null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/stock/" + sku, TestJwts.customer().token()).status()).isEqualTo(200);
        assertThat(fixtures.level(sku, warehouse)).isNull();
    }

    @Test
    void adjustmentsNeedInventoryAdjustNotJustInventoryWrite() {
        UUID warehouse = fixtures.warehouse(21.0, 105.8, 10);
        fixtures.receive(sku, warehouse, 10);
        long[] before = fixtures.level(sku, warehouse);
        long rows = fixtures.ledgerRows(sku);

        Response writer = post("/api/v1/stock/adjustments", WRITER,
                Map.of("sku", sku, "warehouseId", warehouse, "delta", -2, "reason", "write-off"));
        assertThat(writer.status()).as("receiving goods is not correcting counts").isEqualTo(403);
        assertThat(writer.body().path("code").asString()).isEqualTo("access-denied");
        assertThat(receiptWith(ADJUSTER, warehouse).status()).as("nor the other way round").isEqualTo(403);
        assertThat(fixtures.level(sku, warehouse)).isEqualTo(before);
        assertThat(fixtures.ledgerRows(sku)).isEqualTo(rows);

        assertThat(post("/api/v1/stock/adjustments", ADJUSTER,
                Map.of("sku", sku, "warehouseId", warehouse, "delta", -2, "reason", "write-off")).status())
                .isEqualTo(200);
        assertThat(fixtures.ledgerRows(sku)).isEqualTo(rows + 1);
    }

    private Response receiptWith(String token, UUID warehouse) {
        return api.send(HttpMethod.POST, "/api/v1/stock/receipts", token,
                Map.of("sku", sku, "warehouseId", warehouse, "quantity", 1), Map.of());
    }

    private Response receipt(String sku, UUID warehouse, long quantity) {
        return post("/api/v1/stock/receipts", WRITER, Map.of("sku", sku, "warehouseId", warehouse, "quantity",
                quantity));
    }

    private Response post(String path, String token, Object body) {
        return api.send(HttpMethod.POST, path, token, body, Map.of());
    }

    private static void assertBadRequest(Response response, String field) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
        assertThat(response.body().path("code").asString()).isEqualTo("validation-failed");
        assertThat(response.body().path("errors").valueStream().map(e -> e.path("field").asString()))
                .anyMatch(f -> f.contains(field));
    }

    private static String subjectOf(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        return JsonMapper.builder().build().readTree(payload).path("sub").asString();
    }
}

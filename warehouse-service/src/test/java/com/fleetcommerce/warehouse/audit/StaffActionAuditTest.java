package com.fleetcommerce.warehouse.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.shared.events.contracts.audit.AuditRecorded;
import com.fleetcommerce.testsupport.ApiClient.Response;
import com.fleetcommerce.testsupport.ApiClient;
import com.fleetcommerce.testsupport.PublishedAuditRecords;
import com.fleetcommerce.testsupport.PublishedAuditRecords.Expected;
import com.fleetcommerce.testsupport.TestJwts;
import com.fleetcommerce.warehouse.StockFixtures;
import com.fleetcommerce.warehouse.WarehouseIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Staff actions through the API leave one {@code audit.recorded.v1} record each on {@code audit.events} (shared-audit,
 * through the outbox), attributed to the token's subject; a refused action, and a reservation made by a service,
 * leave none.
 */
@WarehouseIntegrationTest
class StaffActionAuditTest {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void staffActionsAreAuditedWithActorResourceAndChangedFields() {
        String actor = UUID.randomUUID().toString();
        String token = TestJwts.staff(actor).permissions("warehouse:manage", "inventory:write", "inventory:adjust")
                .token();
        ApiClient api = new ApiClient(port);
        List<Expected> expected = new ArrayList<>();

        String code = uniqueCode();
        String id = ok(api.send(HttpMethod.POST, "/api/v1/warehouses", token, warehouse(code, "Audit hub"),
                Map.of())).body().path("id").asString();
        expected.add(new Expected("warehouse.created", "warehouse", id, "code", code));
        Map<String, Object> rename = warehouse(null, "Audit hub renamed");
        rename.remove("code");
        ok(api.send(HttpMethod.PUT, "/api/v1/warehouses/" + id, token, rename, Map.of("If-Match", "\"0\"")));
        expected.add(new Expected("warehouse.updated", "warehouse", id, "name", "Audit hub renamed"));
        String otherCode = uniqueCode();
        String other = ok(api.send(HttpMethod.POST, "/api/v1/warehouses", token, warehouse(otherCode, "Audit spoke"),
                Map.of())).body().path("id").asString();
        expected.add(new Expected("warehouse.created", "warehouse", other, "code", otherCode));

        String sku = StockFixtures.uniqueSku();
        String level = sku + "@" + code;
        ok(api.send(HttpMethod.POST, "/api/v1/stock/receipts", token,
                Map.of("sku", sku, "warehouseId", id, "quantity", 10), Map.of()));
        expected.add(new Expected("stock-level.received", "stock-level", level, "onHand", "10"));
        ok(api.send(HttpMethod.POST, "/api/v1/stock/adjustments", token,
                Map.of("sku", sku, "warehouseId", id, "delta", -2, "reason", "damaged in audit"), Map.of()));
        expected.add(new Expected("stock-level.adjusted", "stock-level", level, "reason", "damaged in audit"));
        ok(api.send(HttpMethod.POST, "/api/v1/stock/transfers", token,
                Map.of("sku", sku, "fromWarehouseId", id, "toWarehouseId", other, "quantity", 3), Map.of()));
        expected.add(new Expected("stock-level.transferred", "stock-level", level, "toWarehouseCode", otherCode));
        ok(api.send(HttpMethod.PUT, "/api/v1/stock/" + sku + "/warehouses/" + id + "/settings", token,
                Map.of("safetyStock", 1, "lowStockThreshold", 2), Map.of()));
        expected.add(new Expected("stock-level.settings-changed", "stock-level", level, "safetyStock", "1"));

        String reference = "AUDIT-" + UUID.randomUUID();
        ok(api.send(HttpMethod.PUT, "/api/v1/stock-levels/bulk", token, Map.of("reason", "audit count",
                "reference", reference, "rows", List.of(
                        Map.of("sku", StockFixtures.uniqueSku(), "warehouseCode", code, "onHand", 4),
                        Map.of("sku", StockFixtures.uniqueSku(), "warehouseCode", otherCode, "onHand", 6))),
                Map.of()));
        expected.add(new Expected("stock-levels.bulk-upserted", "stock-level", reference, "rows", "2"));

        ok(api.send(HttpMethod.POST, "/api/v1/stock-levels/reconcile", token, null, Map.of()));
        // other tests may leave drift behind: the count is whatever this run repaired
        expected.add(new Expected("stock-levels.reconciled", "stock-reconciliation", null, "repaired", null));

        Response reserved = ok(api.send(HttpMethod.POST, "/api/v1/reservations", token, Map.of(
                "reservationKey", "audit-" + UUID.randomUUID(), "lines", List.of(Map.of("sku", sku, "quantity", 1))),
                Map.of()));
        String reservation = reserved.body().path("id").asString();
        expected.add(new Expected("reservation.created", "reservation", reservation, "status", "ACTIVE"));
        ok(api.send(HttpMethod.POST, "/api/v1/reservations/" + reservation + "/release", token, null, Map.of()));
        expected.add(new Expected("reservation.released", "reservation", reservation, "status", "RELEASED"));

        List<JsonNode> records = PublishedAuditRecords.await(jdbc, bootstrapServers, actor, expected.size());
        for (Expected e : expected) {
            JsonNode record = PublishedAuditRecords.recordOf(records, "warehouse-service", e);
            if (e.value() == null) {
                assertThat(record.path("after").has(e.field())).as(e.action()).isTrue();
            } else {
                PublishedAuditRecords.assertSameValue(record.path("after").path(e.field()), e.value(), e.action());
            }
        }
        JsonNode received = records.stream().filter(r -> r.path("action").asString().equals("stock-level.received"))
                .findFirst().orElseThrow();
        assertThat(received.path("before").path("onHand").asLong()).isZero();
        assertThat(received.path("after").has("reserved")).as("unchanged fields are left out").isFalse();
    }

    @Test
    void aReservationByTheCheckoutServiceIsNotAStaffAction() {
        String actor = UUID.randomUUID().toString();
        String token = TestJwts.staff(actor).permissions("warehouse:manage", "inventory:write").token();
        ApiClient api = new ApiClient(port);
        String code = uniqueCode();
        String id = ok(api.send(HttpMethod.POST, "/api/v1/warehouses", token, warehouse(code, "Checkout hub"),
                Map.of())).body().path("id").asString();
        String sku = StockFixtures.uniqueSku();
        ok(api.send(HttpMethod.POST, "/api/v1/stock/receipts", token,
                Map.of("sku", sku, "warehouseId", id, "quantity", 5), Map.of()));

        Response reserved = ok(api.send(HttpMethod.POST, "/api/v1/reservations", StockFixtures.ORDER_SERVICE,
                Map.of("reservationKey", "svc-" + UUID.randomUUID(), "lines", List.of(Map.of("sku", sku,
                        "quantity", 1))), Map.of()));
        String reservation = reserved.body().path("id").asString();
        ok(api.send(HttpMethod.POST, "/api/v1/reservations/" + reservation + "/commit", StockFixtures.ORDER_SERVICE,
                null, Map.of()));

        assertThat(jdbc.queryForObject("select count(*) from outbox_event where topic = ? and message_key = ?",
                Long.class, AuditRecorded.TOPIC, "reservation:" + reservation)).isZero();
        assertThat(PublishedAuditRecords.await(jdbc, bootstrapServers, actor, 2)).extracting(r -> r.path("action").asString())
                .containsExactlyInAnyOrder("warehouse.created", "stock-level.received");
    }

    @Test
    void refusedActionsAreNotAudited() {
        String actor = UUID.randomUUID().toString();
        String token = TestJwts.staff(actor).permissions("warehouse:manage", "inventory:write", "inventory:adjust")
                .token();
        ApiClient api = new ApiClient(port);
        String code = uniqueCode();
        String id = ok(api.send(HttpMethod.POST, "/api/v1/warehouses", token, warehouse(code, "Refusals"),
                Map.of())).body().path("id").asString();
        String sku = StockFixtures.uniqueSku();
        long before = PublishedAuditRecords.writtenBy(jdbc, actor);

        Map<String, Object> rename = warehouse(null, "stale");
        rename.remove("code");
        List<Response> refused = List.of(
                api.send(HttpMethod.POST, "/api/v1/warehouses", token, warehouse(code, "Twice"), Map.of()),
                api.send(HttpMethod.PUT, "/api/v1/warehouses/" + id, token, rename, Map.of("If-Match", "\"7\"")),
                api.send(HttpMethod.POST, "/api/v1/stock/receipts", token,
                        Map.of("sku", sku, "warehouseId", UUID.randomUUID(), "quantity", 1), Map.of()),
                api.send(HttpMethod.POST, "/api/v1/stock/adjustments", token,
                        Map.of("sku", sku, "warehouseId", id, "delta", -1, "reason", "below zero"), Map.of()),
                api.send(HttpMethod.POST, "/api/v1/stock/adjustments", token,
                        Map.of("sku", sku, "warehouseId", id, "delta", 0, "reason", "nothing"), Map.of()),
                api.send(HttpMethod.POST, "/api/v1/stock/transfers", token,
                        Map.of("sku", sku, "fromWarehouseId", id, "toWarehouseId", id, "quantity", 1), Map.of()),
                api.send(HttpMethod.PUT, "/api/v1/stock/" + sku + "/warehouses/" + id + "/settings", token,
                        Map.of("safetyStock", -1, "lowStockThreshold", 2), Map.of()),
                api.send(HttpMethod.PUT, "/api/v1/stock-levels/bulk", token, Map.of("reason", "count", "rows",
                        List.of(Map.of("sku", sku, "warehouseCode", "W-NOWHERE", "onHand", 1))), Map.of()));
        assertThat(refused).allSatisfy(r -> assertThat(r.status()).as(String.valueOf(r.body())).isBetween(400, 499));
        assertThat(PublishedAuditRecords.writtenBy(jdbc, actor)).isEqualTo(before);

        // the one accepted action afterwards is the only other record of this caller that reaches the topic
        ok(api.send(HttpMethod.POST, "/api/v1/stock/receipts", token,
                Map.of("sku", sku, "warehouseId", id, "quantity", 1), Map.of()));
        assertThat(PublishedAuditRecords.await(jdbc, bootstrapServers, actor, 2)).extracting(r -> r.path("action").asString())
                .containsExactlyInAnyOrder("warehouse.created", "stock-level.received");
    }

    private static Map<String, Object> warehouse(String code, String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("address", Map.of("line1", "1 Audit street", "province", "Ha Noi", "countryCode", "VN"));
        body.put("location", Map.of("latitude", 21.0, "longitude", 105.8));
        body.put("priority", 5);
        return body;
    }

    private static String uniqueCode() {
        return "W-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static Response ok(Response response) {
        assertThat(response.status()).as(String.valueOf(response.body())).isBetween(200, 299);
        return response;
    }
}

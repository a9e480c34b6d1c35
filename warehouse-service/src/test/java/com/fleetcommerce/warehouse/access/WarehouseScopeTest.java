package com.fleetcommerce.warehouse.access;

import static com.fleetcommerce.warehouse.StockFixtures.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.testsupport.ApiClient;
import com.fleetcommerce.testsupport.ApiClient.Response;
import com.fleetcommerce.testsupport.TestJwts;
import com.fleetcommerce.warehouse.StockFixtures;
import com.fleetcommerce.warehouse.WarehouseApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/**
 * A staff member whose token names the warehouses they may act on (the {@code warehouses} claim) writes only there:
 * every write touching another warehouse is a 403 {@code warehouse-not-permitted} and changes nothing, ledger
 * included. Reads stay open.
 */
class WarehouseScopeTest extends WarehouseApiTest {

    private UUID own;
    private UUID other;
    private String sku;
    private String limited;

    @BeforeEach
    void setUp() {
        own = fixtures.warehouse(21.0, 105.8, 10);
        other = fixtures.warehouse(10.8, 106.7, 20);
        sku = StockFixtures.uniqueSku();
        fixtures.receive(sku, own, 2);
        fixtures.receive(sku, other, 10);
        limited = TestJwts.staff().permissions("inventory:read", "inventory:write", "inventory:adjust",
                "warehouse:manage").warehouses(own).token();
    }

    @Test
    void stockWritesOutsideTheMembersWarehousesAreRefusedAndChangeNothing() {
        assertThat(post("/api/v1/stock/receipts", Map.of("sku", sku, "warehouseId", own, "quantity", 3)).status())
                .isEqualTo(200);
        long[] ownBefore = fixtures.level(sku, own);
        long[] otherBefore = fixtures.level(sku, other);
        long ledgerBefore = fixtures.ledgerRows(sku);

        refused(post("/api/v1/stock/receipts", Map.of("sku", sku, "warehouseId", other, "quantity", 3)));
        refused(post("/api/v1/stock/adjustments", Map.of("sku", sku, "warehouseId", other, "delta", -1,
                "reason", "damaged")));
        refused(post("/api/v1/stock/transfers", Map.of("sku", sku, "fromWarehouseId", own,
                "toWarehouseId", other, "quantity", 1)));
        refused(post("/api/v1/stock/transfers", Map.of("sku", sku, "fromWarehouseId", other,
                "toWarehouseId", own, "quantity", 1)));
        refused(api.send(HttpMethod.PUT, "/api/v1/stock/" + sku + "/warehouses/" + other + "/settings", limited,
                Map.of("safetyStock", 1, "lowStockThreshold", 0), Map.of()));
        refused(api.send(HttpMethod.PUT, "/api/v1/stock-levels/bulk", limited, Map.of("reason", "count", "rows",
                List.of(Map.of("sku", sku, "warehouseId", own, "onHand", 9),
                        Map.of("sku", sku, "warehouseId", other, "onHand", 9))), Map.of()));
        refused(post("/api/v1/stock-levels/reconcile", null));

        assertThat(fixtures.level(sku, own)).as("the bulk request's allowed row was not applied either")
                .isEqualTo(ownBefore);
        assertThat(fixtures.level(sku, other)).isEqualTo(otherBefore);
        assertThat(fixtures.ledgerRows(sku)).isEqualTo(ledgerBefore);
        assertThat(api.get("/api/v1/stock/" + sku, limited).body().path("totalOnHand").asLong())
                .as("reads are not limited").isEqualTo(15);
    }

    @Test
    void warehousesOutsideTheMembersOnesCannotBeChangedNorNewOnesOpened() {
        Map<String, Object> description = Map.of("name", "Renamed", "address", Map.of("line1", "2 Test street",
                "province", "Ha Noi", "countryCode", "VN"), "location", Map.of("latitude", 21.0,
                "longitude", 105.8), "priority", 5);
        refused(api.send(HttpMethod.PUT, "/api/v1/warehouses/" + other, limited, description,
                Map.of("If-Match", "\"0\"")));
        refused(api.send(HttpMethod.POST, "/api/v1/warehouses/" + other + "/deactivate", limited, null,
                Map.of("If-Match", "\"0\"")));
        Map<String, Object> opened = new java.util.LinkedHashMap<>(description);
        opened.put("code", "W-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        refused(post("/api/v1/warehouses", opened));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM warehouse WHERE code = ?", Long.class,
                opened.get("code"))).isZero();

        Response renamed = api.send(HttpMethod.PUT, "/api/v1/warehouses/" + own, limited, description,
                Map.of("If-Match", "\"0\""));
        assertThat(renamed.status()).as(renamed.body().toString()).isEqualTo(200);
        assertThat(api.get("/api/v1/warehouses/" + other, limited).body().path("name").asString())
                .isEqualTo("Test warehouse");
    }

    @Test
    void aLimitedMembersReservationTakesStockOnlyFromTheirWarehouses() {
        Response tooMuch = fixtures.reserve(limited, "scoped-" + UUID.randomUUID(), List.of(line(sku, 5)), Map.of());
        assertThat(tooMuch.status()).isEqualTo(409);
        assertThat(tooMuch.body().path("shortLines").get(0).path("available").asLong())
                .as("the other warehouse's 10 units do not count").isEqualTo(2);

        Response held = fixtures.reserve(limited, "scoped-" + UUID.randomUUID(), List.of(line(sku, 2)), Map.of());
        assertThat(held.status()).as(held.body().toString()).isEqualTo(201);
        assertThat(held.body().path("allocations").get(0).path("warehouseId").asString())
                .isEqualTo(own.toString());
        assertThat(fixtures.level(sku, other)[1]).isZero();
    }

    private Response post(String path, Object body) {
        return api.send(HttpMethod.POST, path, limited, body, Map.of());
    }

    private static void refused(Response response) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(403);
        assertThat(response.body().path("code").asString()).isEqualTo("warehouse-not-permitted");
    }
}

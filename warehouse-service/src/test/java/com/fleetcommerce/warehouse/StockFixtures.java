package com.fleetcommerce.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.testsupport.ApiClient;
import com.fleetcommerce.testsupport.ApiClient.Response;
import com.fleetcommerce.testsupport.TestJwts;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/** Sets up warehouses and stock through the HTTP API, and reads the ledger straight from the database. */
public final class StockFixtures {

    public static final String MANAGER = TestJwts.staff().permissions("warehouse:manage").token();
    public static final String WRITER = TestJwts.staff().permissions("inventory:write").token();
    public static final String ADJUSTER = TestJwts.staff().permissions("inventory:adjust").token();
    public static final String ORDER_SERVICE = TestJwts.service("order-service").scopes("inventory.reserve").token();

    private final ApiClient api;
    private final JdbcTemplate jdbc;

    public StockFixtures(ApiClient api, JdbcTemplate jdbc) {
        this.api = api;
        this.jdbc = jdbc;
    }

    public static String uniqueSku() {
        return "SKU-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase();
    }

    public UUID warehouse(double latitude, double longitude, int priority) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", "W-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        body.put("name", "Test warehouse");
        body.put("address", Map.of("line1", "1 Test street", "province", "Ha Noi", "countryCode", "VN"));
        body.put("location", Map.of("latitude", latitude, "longitude", longitude));
        body.put("priority", priority);
        Response created = api.send(HttpMethod.POST, "/api/v1/warehouses", MANAGER, body, Map.of());
        assertThat(created.status()).isEqualTo(201);
        return UUID.fromString(created.body().path("id").asString());
    }

    public Response receive(String sku, UUID warehouseId, long quantity) {
        Response r = api.send(HttpMethod.POST, "/api/v1/stock/receipts", WRITER,
                Map.of("sku", sku, "warehouseId", warehouseId, "quantity", quantity), Map.of());
        assertThat(r.status()).as(r.body().toString()).isEqualTo(200);
        return r;
    }

    public Response reserve(String token, String key, List<Map<String, Object>> lines, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>(extra);
        body.put("reservationKey", key);
        body.put("lines", lines);
        return api.send(HttpMethod.POST, "/api/v1/reservations", token, body, Map.of());
    }

    public static Map<String, Object> line(String sku, long quantity) {
        return Map.of("sku", sku, "quantity", quantity);
    }

    /** [on_hand, reserved, safety_stock, version] of a level, or null. */
    public long[] level(String sku, UUID warehouseId) {
        return jdbc.query("SELECT on_hand, reserved, safety_stock, version FROM stock_level WHERE sku = ? AND warehouse_id = ?",
                rs -> rs.next() ? new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)} : null,
                sku, warehouseId);
    }

    public long ledgerRows(String sku) {
        return jdbc.queryForObject("SELECT count(*) FROM stock_movement WHERE sku = ?", Long.class, sku);
    }

    public long ledgerSum(String sku, UUID warehouseId, String... types) {
        return jdbc.queryForObject("SELECT coalesce(sum(quantity), 0) FROM stock_movement"
                        + " WHERE sku = ? AND warehouse_id = ? AND type = ANY (?)", Long.class, sku, warehouseId,
                types);
    }

    /** on hand and reserved rebuilt from the ledger equal the level's columns. */
    public void assertLedgerAddsUp(String sku, UUID warehouseId) {
        long[] level = level(sku, warehouseId);
        assertThat(ledgerSum(sku, warehouseId, "RECEIPT", "ADJUSTMENT", "TRANSFER_OUT", "TRANSFER_IN", "COMMIT"))
                .as("on hand of %s from the ledger", sku).isEqualTo(level[0]);
        assertThat(ledgerSum(sku, warehouseId, "RESERVE", "RELEASE", "EXPIRE", "COMMIT"))
                .as("reserved of %s from the ledger", sku).isEqualTo(level[1]);
    }
}

package com.fleetcommerce.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.testsupport.TestJwts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A storefront-like flow against the running fleet: demo stock is there, a reservation holds it, release gives it
 * back, and a committed reservation is a sale.
 */
@ExtendWith(FleetExtension.class)
class WarehouseReservationIT {

    private static final String SKU = "COFFEE-ARABICA-500G";

    @Test
    void aReservationHoldsDemoStockUntilItIsReleased(Fleet fleet) throws Exception {
        assumeTrue(fleet.startedHere(), "needs a fleet started by the tests (it trusts the test token issuer)");
        String warehouse = fleet.member("warehouse-service").baseUrl();
        String orderService = TestJwts.service("order-service").scopes("inventory.reserve").token();
        String shopper = TestJwts.customer().token();

        HttpJson.Response demoWarehouses = HttpJson.get(warehouse + "/api/v1/warehouses?size=50", shopper);
        assertThat(demoWarehouses.status()).isEqualTo(200);
        assertThat(demoWarehouses.body().path("items").valueStream().map(w -> w.path("code").asString()))
                .contains("HN-01", "DN-01", "HCM-01");

        HttpJson.Response before = HttpJson.get(warehouse + "/api/v1/stock/" + SKU, shopper);
        assertThat(before.status()).isEqualTo(200);
        long availableBefore = before.body().path("totalAvailable").asLong();
        long reservedBefore = before.body().path("totalReserved").asLong();
        assertThat(availableBefore).as("demo stock of " + SKU).isGreaterThanOrEqualTo(3);

        Map<String, Object> request = Map.of("reservationKey", "system-test-" + UUID.randomUUID(),
                "lines", List.of(Map.of("sku", SKU, "quantity", 3)),
                "shipTo", Map.of("latitude", 16.06, "longitude", 108.21), "ttlSeconds", 300);
        HttpJson.Response reserved = HttpJson.post(warehouse + "/api/v1/reservations", orderService, request);
        assertThat(reserved.status()).isEqualTo(201);
        assertThat(reserved.body().path("status").asString()).isEqualTo("ACTIVE");
        // Shipping to Da Nang: the Da Nang warehouse can serve the whole order, so it is chosen.
        String daNang = DemoWarehouses.idOf(warehouse, shopper, "DN-01");
        assertThat(reserved.body().path("allocations").valueStream().map(a -> a.path("warehouseId").asString()))
                .containsOnly(daNang);
        String id = reserved.body().path("id").asString();

        HttpJson.Response held = HttpJson.get(warehouse + "/api/v1/stock/" + SKU, shopper);
        assertThat(held.body().path("totalReserved").asLong()).isEqualTo(reservedBefore + 3);
        assertThat(held.body().path("totalAvailable").asLong()).isEqualTo(availableBefore - 3);

        assertThat(HttpJson.post(warehouse + "/api/v1/reservations", orderService, request).status())
                .as("a repeat with the same key returns the first reservation").isEqualTo(200);
        assertThat(HttpJson.post(warehouse + "/api/v1/reservations", shopper, request).status())
                .as("customers cannot reserve directly").isEqualTo(403);

        HttpJson.Response released = HttpJson.post(warehouse + "/api/v1/reservations/" + id + "/release",
                orderService, null);
        assertThat(released.status()).isEqualTo(200);
        assertThat(released.body().path("status").asString()).isEqualTo("RELEASED");
        HttpJson.Response after = HttpJson.get(warehouse + "/api/v1/stock/" + SKU, shopper);
        assertThat(after.body().path("totalAvailable").asLong()).isEqualTo(availableBefore);

        // Checkout goes through: reserve again and commit, which turns the hold into a sale.
        long onHandBefore = after.body().path("totalOnHand").asLong();
        Map<String, Object> order = Map.of("reservationKey", "system-test-" + UUID.randomUUID(),
                "lines", List.of(Map.of("sku", SKU, "quantity", 2)));
        String orderId = HttpJson.post(warehouse + "/api/v1/reservations", orderService, order).body()
                .path("id").asString();
        HttpJson.Response committed = HttpJson.post(warehouse + "/api/v1/reservations/" + orderId + "/commit",
                orderService, null);
        assertThat(committed.status()).isEqualTo(200);
        assertThat(committed.body().path("status").asString()).isEqualTo("COMMITTED");
        HttpJson.Response sold = HttpJson.get(warehouse + "/api/v1/stock/" + SKU, shopper);
        assertThat(sold.body().path("totalOnHand").asLong()).isEqualTo(onHandBefore - 2);
        assertThat(sold.body().path("totalReserved").asLong()).isEqualTo(reservedBefore);
        assertThat(sold.body().path("totalAvailable").asLong()).isEqualTo(availableBefore - 2);
    }
}

package com.fleetcommerce.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.testsupport.TestJwts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The stock sync end to end on the running fleet: a receipt committed in warehouse-service travels through its
 * outbox, Kafka and catalog-worker into the catalog's read model, where anyone can read it.
 */
@ExtendWith(FleetExtension.class)
class StockToCatalogIT {

    @Test
    void aStockChangeInTheWarehouseShowsInTheCatalog(Fleet fleet) throws Exception {
        assumeTrue(fleet.startedHere(), "needs a fleet started by the tests (it trusts the test token issuer)");
        String warehouse = fleet.member("warehouse-service").baseUrl();
        String catalog = fleet.member("catalog-service").baseUrl();
        String staff = TestJwts.staff().permissions("inventory:write", "inventory:adjust").token();
        String sku = "SYS-SYNC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String hanoi = DemoWarehouses.idOf(warehouse, staff, "HN-01");

        assertThat(HttpJson.get(catalog + "/api/v1/availability/" + sku, null).body().path("inStock").asBoolean())
                .isFalse();
        assertThat(HttpJson.post(warehouse + "/api/v1/stock/receipts", staff,
                Map.of("sku", sku, "warehouseId", hanoi, "quantity", 12)).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            HttpJson.Response seen = HttpJson.get(catalog + "/api/v1/availability/" + sku, null);
            assertThat(seen.status()).isEqualTo(200);
            assertThat(seen.body().path("totalAvailable").asLong()).isEqualTo(12);
        });

        assertThat(HttpJson.post(warehouse + "/api/v1/stock/adjustments", staff,
                Map.of("sku", sku, "warehouseId", hanoi, "delta", -5, "reason", "damaged in test")).status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(HttpJson.get(catalog + "/api/v1/availability/" + sku, null).body()
                        .path("totalAvailable").asLong()).isEqualTo(7));
    }
}

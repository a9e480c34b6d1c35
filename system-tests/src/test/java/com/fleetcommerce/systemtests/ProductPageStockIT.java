package com.fleetcommerce.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.testsupport.TestJwts;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The product page on the running fleet: stock changed in warehouse-service shows on the catalog's product page, and
 * when Redis has lost the SKU's entry the page asks warehouse-service itself (with catalog-service's own
 * client-credentials token) and refills Redis.
 */
@ExtendWith(FleetExtension.class)
class ProductPageStockIT {

    @Test
    void stockChangedInTheWarehouseShowsOnTheProductPageAndARedisMissAsksTheWarehouse(Fleet fleet) throws Exception {
        assumeTrue(fleet.startedHere(), "needs a fleet started by the tests (it trusts the test token issuer)");
        String warehouse = fleet.member("warehouse-service").baseUrl();
        String catalog = fleet.member("catalog-service").baseUrl();
        String clerk = TestJwts.staff().permissions("inventory:write", "inventory:adjust").token();
        String editor = TestJwts.staff().permissions("catalog:write").token();
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String sku = "SYS-PAGE-" + suffix;
        String hanoi = DemoWarehouses.idOf(warehouse, clerk, "HN-01");
        String saigon = DemoWarehouses.idOf(warehouse, clerk, "HCM-01");

        HttpJson.Response created = HttpJson.post(catalog + "/api/v1/products", editor, Map.of(
                "name", "System test kettle " + suffix, "description", "Boils water.",
                "skus", List.of(Map.of("code", sku, "options", Map.of("colour", "steel")))));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String id = created.body().path("id").asString();
        String slug = created.body().path("slug").asString();
        assertThat(HttpJson.post(catalog + "/api/v1/products/" + id + "/status", editor,
                Map.of("status", "ACTIVE"), Map.of("If-Match", "\"0\"")).status()).isEqualTo(200);

        assertThat(HttpJson.post(warehouse + "/api/v1/stock/receipts", clerk,
                Map.of("sku", sku, "warehouseId", hanoi, "quantity", 12)).status()).isEqualTo(200);
        assertThat(HttpJson.post(warehouse + "/api/v1/stock/receipts", clerk,
                Map.of("sku", sku, "warehouseId", saigon, "quantity", 5)).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(availability(catalog, slug).path("totalAvailable").asLong()).isEqualTo(17));
        JsonNode page = availability(catalog, slug);
        assertThat(page.path("inStock").asBoolean()).isTrue();
        assertThat(page.path("warehouses").valueStream()
                .map(w -> w.path("warehouseCode").asString() + "=" + w.path("available").asLong()))
                .containsExactly("HCM-01=5", "HN-01=12");

        assertThat(HttpJson.post(warehouse + "/api/v1/stock/adjustments", clerk,
                Map.of("sku", sku, "warehouseId", hanoi, "delta", -12, "reason", "recalled in test")).status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(availability(catalog, slug).path("totalAvailable").asLong()).isEqualTo(5));

        // Redis loses the entry (eviction, a restart): the page asks warehouse-service, then Redis has it again
        try (RedisClient client = RedisClient.create("redis://" + env("REDIS_HOST", "127.0.0.1") + ":"
                + env("REDIS_PORT", "6379"));
             StatefulRedisConnection<String, String> redis = client.connect()) {
            assertThat(redis.sync().del("catalog:stock:" + sku)).isEqualTo(1);
            JsonNode fromWarehouse = availability(catalog, slug);
            assertThat(fromWarehouse.path("source").asString()).isEqualTo("WAREHOUSE");
            assertThat(fromWarehouse.path("stale").asBoolean()).isFalse();
            assertThat(fromWarehouse.path("totalAvailable").asLong()).isEqualTo(5);
            assertThat(redis.sync().hlen("catalog:stock:" + sku)).isEqualTo(2);
        }
        JsonNode fromRedis = availability(catalog, slug);
        assertThat(fromRedis.path("source").asString()).isEqualTo("REDIS");
        assertThat(fromRedis.path("totalAvailable").asLong()).isEqualTo(5);
    }

    private static JsonNode availability(String catalog, String slug) throws Exception {
        HttpJson.Response page = HttpJson.get(catalog + "/api/v1/products/by-slug/" + slug, null);
        assertThat(page.status()).as(page.body().toString()).isEqualTo(200);
        return page.body().path("skus").get(0).path("availability");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

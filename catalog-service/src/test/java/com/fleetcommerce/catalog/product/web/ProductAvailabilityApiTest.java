package com.fleetcommerce.catalog.product.web;

import static com.fleetcommerce.catalog.CatalogFixtures.product;
import static com.fleetcommerce.catalog.CatalogFixtures.unique;
import static com.fleetcommerce.catalog.CatalogFixtures.uniqueSku;
import static com.fleetcommerce.catalog.stock.application.StockEvents.changed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.catalog.CatalogFixtures;
import com.fleetcommerce.catalog.CatalogIntegrationTest;
import com.fleetcommerce.catalog.stock.application.StockEvents;
import com.fleetcommerce.testsupport.ApiClient;
import com.fleetcommerce.testsupport.ApiClient.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The product page and the listing carry each SKU's availability from the stock read model. */
@CatalogIntegrationTest
class ProductAvailabilityApiTest {

    private static final UUID HANOI = UUID.randomUUID();
    private static final UUID SAIGON = UUID.randomUUID();

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JsonMapper json;

    private ApiClient api;
    private CatalogFixtures fixtures;
    private StockEvents events;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        fixtures = new CatalogFixtures(api);
        events = new StockEvents(bootstrapServers, json);
    }

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void theProductPageShowsEachSkusAvailabilityPerWarehouseAndFollowsStockChanges() {
        UUID category = fixtures.category(unique("Kettles"), null);
        String stocked = uniqueSku("KET");
        String unknown = uniqueSku("KET");
        UUID id = activeProduct(category, stocked, unknown);
        String slug = api.get("/api/v1/products/" + id, null).body().path("slug").asString();

        events.send(changed(stocked, HANOI, "HN-01", 4, 1));
        events.send(changed(stocked, SAIGON, "HCM-01", 6, 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(skuOf(api.get("/api/v1/products/by-slug/" + slug, null), stocked)
                        .path("availability").path("totalAvailable").asLong()).isEqualTo(10));

        JsonNode page = api.get("/api/v1/products/" + id, null).body();
        JsonNode availability = skuOf(page, stocked).path("availability");
        assertThat(availability.path("inStock").asBoolean()).isTrue();
        assertThat(availability.path("source").asString()).isEqualTo("REDIS");
        assertThat(availability.path("stale").asBoolean()).isFalse();
        assertThat(availability.path("warehouses").valueStream()
                .map(w -> w.path("warehouseCode").asString() + "=" + w.path("available").asLong()))
                .containsExactly("HCM-01=6", "HN-01=4");
        // no warehouse ever reported this SKU and warehouse-service is unreachable here: out of stock, from the
        // copy, and the page says that answer may be stale
        JsonNode none = skuOf(page, unknown).path("availability");
        assertThat(none.path("inStock").asBoolean()).isFalse();
        assertThat(none.path("totalAvailable").asLong()).isZero();
        assertThat(none.path("source").asString()).isEqualTo("DATABASE_COPY");
        assertThat(none.path("stale").asBoolean()).isTrue();

        events.send(changed(stocked, SAIGON, "HCM-01", 0, 2));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(skuOf(api.get("/api/v1/products/" + id, null), stocked).path("availability")
                        .path("totalAvailable").asLong()).isEqualTo(4));
    }

    @Test
    void theListingFlagsInStockProductsAndFiltersToThemOnRequest() {
        UUID category = fixtures.category(unique("Fans"), null);
        String stockedSku = uniqueSku("FAN");
        String soldOutSku = uniqueSku("FAN");
        UUID stocked = activeProduct(category, stockedSku);
        UUID soldOut = activeProduct(category, soldOutSku);
        events.send(changed(stockedSku, HANOI, "HN-01", 3, 1));
        events.send(changed(soldOutSku, HANOI, "HN-01", 0, 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(ids(api.get("/api/v1/products?inStock=true&category=" + category, null)))
                        .containsExactly(stocked));

        Response all = api.get("/api/v1/products?category=" + category, null);
        assertThat(ids(all)).containsExactlyInAnyOrder(stocked, soldOut);
        assertThat(all.body().path("items").valueStream()
                .map(p -> p.path("id").asString() + "=" + p.path("inStock").asBoolean() + "/"
                        + p.path("totalAvailable").asLong()))
                .containsExactlyInAnyOrder(stocked + "=true/3", soldOut + "=false/0");
        assertThat(api.get("/api/v1/products?inStock=true&category=" + category, null).body().path("totalElements").asLong())
                .isEqualTo(1);

        Response bad = api.get("/api/v1/products?inStock=maybe", null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.headers().getContentType()).hasToString("application/problem+json");
    }

    private UUID activeProduct(UUID category, String... codes) {
        List<Map<String, Object>> skus = java.util.Arrays.stream(codes)
                .map(code -> CatalogFixtures.sku(code, Map.of("size", code.substring(code.length() - 4)))).toList();
        Response created = fixtures.createProduct(product(unique("Item"), null, List.of(category), skus));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        UUID id = UUID.fromString(created.body().path("id").asString());
        assertThat(fixtures.status(id, "ACTIVE", created.headers().getETag()).status()).isEqualTo(200);
        return id;
    }

    private static JsonNode skuOf(Response page, String code) {
        assertThat(page.status()).as(page.body().toString()).isEqualTo(200);
        return skuOf(page.body(), code);
    }

    private static JsonNode skuOf(JsonNode page, String code) {
        return page.path("skus").valueStream().filter(s -> s.path("code").asString().equals(code)).findFirst()
                .orElseThrow();
    }

    private static List<UUID> ids(Response listing) {
        assertThat(listing.status()).as(listing.body().toString()).isEqualTo(200);
        return listing.body().path("items").valueStream().map(p -> UUID.fromString(p.path("id").asString())).toList();
    }
}

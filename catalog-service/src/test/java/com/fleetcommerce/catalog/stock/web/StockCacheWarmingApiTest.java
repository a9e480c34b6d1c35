package com.fleetcommerce.catalog.stock.web;

import static com.fleetcommerce.catalog.CatalogFixtures.CUSTOMER;
import static com.fleetcommerce.catalog.CatalogFixtures.EDITOR;
import static com.fleetcommerce.catalog.CatalogFixtures.READER;
import static com.fleetcommerce.catalog.CatalogFixtures.product;
import static com.fleetcommerce.catalog.CatalogFixtures.sku;
import static com.fleetcommerce.catalog.CatalogFixtures.unique;
import static com.fleetcommerce.catalog.CatalogFixtures.uniqueSku;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.catalog.CatalogFixtures;
import com.fleetcommerce.catalog.CatalogIntegrationTest;
import com.fleetcommerce.catalog.stock.domain.WarehouseStock;
import com.fleetcommerce.catalog.stock.persistence.JdbcStockCopy;
import com.fleetcommerce.catalog.stock.persistence.RedisStockCache;
import com.fleetcommerce.testsupport.ApiClient;
import com.fleetcommerce.testsupport.ApiClient.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpMethod;

/** Cache warming on demand: Redis is filled from the PostgreSQL copy for the SKUs of active products only. */
@CatalogIntegrationTest
class StockCacheWarmingApiTest {

    private static final String WARM = "/api/v1/availability/cache/warm";

    @LocalServerPort
    int port;

    @Autowired
    JdbcStockCopy copy;

    @Autowired
    StringRedisTemplate redis;

    private ApiClient api;
    private CatalogFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        fixtures = new CatalogFixtures(api);
    }

    @Test
    void warmingFillsRedisForActiveProductsFromTheCopyAndReadsHitAgain() {
        UUID category = fixtures.category(unique("Irons"), null);
        String active = uniqueSku("IRN");
        String draft = uniqueSku("IRN");
        String neverReported = uniqueSku("IRN");
        UUID activeId = create(category, active, neverReported);
        assertThat(fixtures.status(activeId, "ACTIVE", "\"0\"").status()).isEqualTo(200);
        create(category, draft);
        // the copy knows both stocked SKUs; Redis knows none of them (as after a Redis restart)
        UUID warehouse = UUID.randomUUID();
        copy.apply(new WarehouseStock(active, warehouse, "HN-01", 9, 2, 7, 5, Instant.now()));
        copy.apply(new WarehouseStock(draft, warehouse, "HN-01", 3, 0, 3, 1, Instant.now()));
        redis.delete(List.of(RedisStockCache.key(active), RedisStockCache.key(draft),
                RedisStockCache.key(neverReported)));

        Response warmed = api.send(HttpMethod.POST, WARM, EDITOR, null, Map.of());

        assertThat(warmed.status()).as(warmed.body().toString()).isEqualTo(200);
        assertThat(warmed.body().path("activeSkus").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(warmed.body().path("entriesWritten").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(redis.opsForHash().entries(RedisStockCache.key(active))).containsOnlyKeys(warehouse.toString());
        assertThat(redis.hasKey(RedisStockCache.key(draft))).as("draft products are not warmed").isFalse();
        assertThat(redis.hasKey(RedisStockCache.key(neverReported)))
                .as("a SKU the copy never heard of is left to warehouse-service").isFalse();
        Response read = api.get("/api/v1/availability/" + active, null);
        assertThat(read.body().path("source").asString()).isEqualTo("REDIS");
        assertThat(read.body().path("totalAvailable").asLong()).isEqualTo(7);
    }

    @Test
    void warmingNeedsCatalogWrite() {
        assertThat(api.send(HttpMethod.POST, WARM, null, null, Map.of()).status()).isEqualTo(401);
        for (String token : new String[] {CUSTOMER, READER}) {
            Response denied = api.send(HttpMethod.POST, WARM, token, null, Map.of());
            assertThat(denied.status()).isEqualTo(403);
            assertThat(denied.body().path("code").asString()).isEqualTo("access-denied");
        }
    }

    private UUID create(UUID category, String... codes) {
        Response created = fixtures.createProduct(product(unique("Iron"), null, List.of(category),
                java.util.Arrays.stream(codes).map(c -> sku(c, Map.of("size", c.substring(c.length() - 4)))).toList()));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return UUID.fromString(created.body().path("id").asString());
    }
}

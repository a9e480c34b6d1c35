package com.fleetcommerce.catalog.stock.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.fleetcommerce.catalog.CatalogFixtures;
import com.fleetcommerce.catalog.CatalogIntegrationTest;
import com.fleetcommerce.catalog.UnreachableRedis;
import com.fleetcommerce.catalog.stock.domain.ActiveSkus;
import com.fleetcommerce.catalog.stock.domain.CacheWrite;
import com.fleetcommerce.catalog.stock.domain.SkuAvailability;
import com.fleetcommerce.catalog.stock.domain.StockCache;
import com.fleetcommerce.catalog.stock.domain.StockSource;
import com.fleetcommerce.catalog.stock.domain.WarehouseStock;
import com.fleetcommerce.catalog.stock.domain.WarehouseStockApi;
import com.fleetcommerce.catalog.stock.persistence.JdbcStockCopy;
import com.fleetcommerce.catalog.stock.persistence.RedisStockCache;
import com.fleetcommerce.testsupport.ApiClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Redis unreachable (a connection factory on a port nothing listens on) and warehouse-service unreachable too,
 * PostgreSQL real: reads answer from the copy and stock changes still reach the copy, without an exception; when
 * Redis answers again, one warming run brings it up to date.
 */
@CatalogIntegrationTest
class RedisDownTest {

    @Autowired
    JdbcStockCopy copy;

    /** the context's real cache on the test's Redis */
    @Autowired
    RedisStockCache liveCache;

    @Autowired
    ActiveSkus activeSkus;

    @LocalServerPort
    int port;

    /** the context's real client, pointed at a port nothing listens on: warehouse-service is down too */
    @Autowired
    WarehouseStockApi unreachableWarehouse;

    private UnreachableRedis deadRedis;
    private SimpleMeterRegistry registry;
    private StockMetrics metrics;
    private RedisStockCache cache;

    @BeforeEach
    void unreachableRedis() {
        deadRedis = new UnreachableRedis();
        cache = new RedisStockCache(deadRedis.template());
        registry = new SimpleMeterRegistry();
        metrics = new StockMetrics(registry);
    }

    @AfterEach
    void close() {
        deadRedis.close();
    }

    @Test
    void theReaderAnswersFromTheCopyMarkedStaleWithoutAskingWarehouseService() {
        String sku = CatalogFixtures.uniqueSku("DOWN");
        Instant changedAt = Instant.parse("2026-03-01T10:00:00.123456Z");
        copy.apply(new WarehouseStock(sku, UUID.randomUUID(), "WH-A", 10, 4, 6, 3, changedAt));
        copy.apply(new WarehouseStock(sku, UUID.randomUUID(), "WH-B", 2, 2, 0, 8, changedAt.minusSeconds(60)));

        SkuAvailability availability = new SkuStockReader(cache, copy, unreachableWarehouse, metrics)
                .availability(sku);

        assertThat(availability.source()).isEqualTo(StockSource.DATABASE_COPY);
        assertThat(availability.stale()).isTrue();
        assertThat(availability.asOf()).isEqualTo(changedAt);
        assertThat(availability.totalAvailable()).isEqualTo(6);
        assertThat(availability.inStock()).isTrue();
        assertThat(availability.warehouses()).extracting(WarehouseStock::warehouseCode).containsExactly("WH-A", "WH-B");
        assertThat(registry.get(StockMetrics.READS).tag("path", "redis_down").counter().count()).isEqualTo(1);
        assertThat(registry.get(StockMetrics.READS).tag("path", "redis_hit").counter().count()).isZero();
        assertThat(registry.get(StockMetrics.READS).tag("path", "warehouse_down").counter().count()).isZero();
    }

    @Test
    void aStockChangeStillUpdatesTheCopy() {
        String sku = CatalogFixtures.uniqueSku("DOWN");
        UUID warehouse = UUID.randomUUID();
        StockSync sync = new StockSync(copy, cache, metrics, Clock.systemUTC(), () -> {
            throw new AssertionError("Redis never came back, so nothing may be warmed");
        });

        assertThat(sync.apply(new WarehouseStock(sku, warehouse, "WH-A", 5, 0, 5, 1, Instant.now()))).isTrue();
        assertThat(sync.apply(new WarehouseStock(sku, warehouse, "WH-A", 9, 0, 9, 2, Instant.now()))).isTrue();
        assertThat(sync.apply(new WarehouseStock(sku, warehouse, "WH-A", 1, 0, 1, 1, Instant.now()))).isFalse();

        assertThat(copy.find(sku)).singleElement().satisfies(s -> {
            assertThat(s.version()).isEqualTo(2);
            assertThat(s.available()).isEqualTo(9);
        });
        assertThat(registry.get(StockMetrics.CACHE_WRITES).tag("result", "failed").counter().count()).isEqualTo(3);
        assertThat(registry.get(StockMetrics.EVENTS).tag("result", "applied").counter().count()).isEqualTo(2);
        assertThat(registry.get(StockMetrics.EVENTS).tag("result", "ignored").counter().count()).isEqualTo(1);
        assertThat(registry.get(StockMetrics.PROPAGATION).timer().count()).isEqualTo(2);
    }

    @Test
    void whenRedisAnswersAgainTheCacheIsWarmedWithWhatChangedMeanwhile() {
        ApiClient api = new ApiClient(port);
        UUID category = new CatalogFixtures(api).category(CatalogFixtures.unique("Outage"), null);
        String sku = CatalogFixtures.uniqueSku("BACK");
        ApiClient.Response created = new CatalogFixtures(api).createProduct(CatalogFixtures.product(
                CatalogFixtures.unique("Outage item"), null, List.of(category),
                List.of(CatalogFixtures.sku(sku, Map.of("size", "M")))));
        UUID product = UUID.fromString(created.body().path("id").asString());
        assertThat(new CatalogFixtures(api).status(product, "ACTIVE", "\"0\"").status()).isEqualTo(200);
        String other = CatalogFixtures.uniqueSku("BACK");
        UUID warehouse = UUID.randomUUID();
        SwitchableCache switchable = new SwitchableCache(liveCache, cache);
        AtomicInteger warmings = new AtomicInteger();
        StockCacheWarmer warmer = new StockCacheWarmer(activeSkus, copy, liveCache, metrics);
        StockSync sync = new StockSync(copy, switchable, metrics, Clock.systemUTC(), () -> {
            warmings.incrementAndGet();
            warmer.warm();
        });
        liveCache.fill(sku, List.of(new WarehouseStock(sku, warehouse, "WH-A", 5, 0, 5, 1, Instant.now())));

        switchable.down = true;
        assertThat(sync.apply(new WarehouseStock(sku, warehouse, "WH-A", 9, 0, 9, 2, Instant.now()))).isTrue();
        assertThat(liveCache.find(sku)).hasValueSatisfying(states ->
                assertThat(states).singleElement().extracting(WarehouseStock::version).isEqualTo(1L));
        assertThat(warmings).hasValue(0);

        switchable.down = false;
        sync.apply(new WarehouseStock(other, warehouse, "WH-A", 1, 0, 1, 1, Instant.now()));
        sync.apply(new WarehouseStock(other, warehouse, "WH-A", 2, 0, 2, 2, Instant.now()));

        assertThat(warmings).as("one warming per outage").hasValue(1);
        assertThat(liveCache.find(sku)).hasValueSatisfying(states -> assertThat(states).singleElement()
                .satisfies(s -> assertThat(s.version()).isEqualTo(2)));
    }

    /** The context's cache, or the same cache on a Redis nobody runs: an outage and its end, on demand. */
    private static final class SwitchableCache implements StockCache {

        private final StockCache up;
        private final StockCache unreachable;
        volatile boolean down;

        SwitchableCache(StockCache up, StockCache unreachable) {
            this.up = up;
            this.unreachable = unreachable;
        }

        private StockCache current() {
            return down ? unreachable : up;
        }

        @Override
        public CacheWrite apply(WarehouseStock stock) {
            return current().apply(stock);
        }

        @Override
        public void fill(String sku, List<WarehouseStock> states) {
            current().fill(sku, states);
        }

        @Override
        public Optional<List<WarehouseStock>> find(String sku) {
            return current().find(sku);
        }

        @Override
        public Map<String, Optional<List<WarehouseStock>>> findAll(List<String> skus) {
            return current().findAll(skus);
        }

        @Override
        public void fillAll(Map<String, List<WarehouseStock>> statesBySku) {
            current().fillAll(statesBySku);
        }
    }
}

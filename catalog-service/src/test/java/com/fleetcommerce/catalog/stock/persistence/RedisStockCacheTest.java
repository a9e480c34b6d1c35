package com.fleetcommerce.catalog.stock.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import com.fleetcommerce.catalog.CatalogFixtures;
import com.fleetcommerce.catalog.CatalogIntegrationTest;
import com.fleetcommerce.catalog.stock.domain.CacheWrite;
import com.fleetcommerce.catalog.stock.domain.WarehouseStock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The version-checking Lua script against the real Redis (the context's isolated database). */
@CatalogIntegrationTest
class RedisStockCacheTest {

    private static final UUID NORTH = UUID.randomUUID();
    private static final UUID SOUTH = UUID.randomUUID();

    @Autowired
    RedisStockCache cache;

    @Autowired
    StringRedisTemplate redis;

    @Test
    void concurrentWritersWithShuffledVersionsEndAtTheHighestVersion() throws Exception {
        String sku = CatalogFixtures.uniqueSku("LUA");
        cache.fill(sku, List.of());
        int writers = 8;
        long maxVersion = 300;
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            Random random = new Random(w);
            tasks.add(() -> {
                List<WarehouseStock> states = new ArrayList<>();
                LongStream.rangeClosed(1, maxVersion).forEach(v -> {
                    states.add(state(sku, NORTH, v));
                    states.add(state(sku, SOUTH, v));
                });
                Collections.shuffle(states, random);
                for (WarehouseStock state : states) {
                    cache.apply(state);
                }
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            for (Future<Void> done : pool.invokeAll(tasks)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(cache.find(sku)).hasValueSatisfying(states -> assertThat(states)
                .containsExactlyInAnyOrder(state(sku, NORTH, maxVersion), state(sku, SOUTH, maxVersion)));
    }

    @Test
    void theEventPathNeverStartsAnEntryAndIgnoresStaleAndDuplicateVersions() {
        String sku = CatalogFixtures.uniqueSku("LUA");

        assertThat(cache.apply(state(sku, NORTH, 5))).isEqualTo(CacheWrite.ABSENT);
        assertThat(redis.hasKey(RedisStockCache.key(sku))).isFalse();

        cache.fill(sku, List.of(state(sku, NORTH, 5), state(sku, SOUTH, 2)));
        assertThat(cache.apply(state(sku, NORTH, 4))).isEqualTo(CacheWrite.STALE);
        assertThat(cache.apply(state(sku, NORTH, 5))).isEqualTo(CacheWrite.STALE);
        assertThat(cache.apply(state(sku, SOUTH, 3))).isEqualTo(CacheWrite.APPLIED);
        // a fill from an older snapshot completes the entry but regresses nothing
        cache.fill(sku, List.of(state(sku, NORTH, 1), state(sku, SOUTH, 1)));

        assertThat(cache.find(sku)).hasValueSatisfying(states -> assertThat(states)
                .containsExactlyInAnyOrder(state(sku, NORTH, 5), state(sku, SOUTH, 3)));
    }

    @Test
    void anEmptyFillIsAHitWithNoWarehousesAndLaterEventsJoinIt() {
        String sku = CatalogFixtures.uniqueSku("LUA");
        assertThat(cache.find(sku)).isEmpty();

        cache.fill(sku, List.of());
        assertThat(cache.find(sku)).hasValue(List.of());

        assertThat(cache.apply(state(sku, NORTH, 1))).isEqualTo(CacheWrite.APPLIED);
        assertThat(cache.find(sku)).hasValue(List.of(state(sku, NORTH, 1)));
    }

    @Test
    void theEncodingIsCompactAndRoundTrips() {
        WarehouseStock state = new WarehouseStock("SKU-1", NORTH, "WH|ODD", 12, 3, 9, 42,
                Instant.parse("2026-01-02T03:04:05.123456789Z"));
        String encoded = RedisStockCache.encode(state);
        assertThat(encoded).isEqualTo("42|9|12|3|1767323045123456|WH|ODD");
        assertThat(RedisStockCache.decode("SKU-1", NORTH.toString(), encoded)).isEqualTo(state);
    }

    /** Content derived from the version, so the final state proves no field mixes two versions. */
    @Test
    void manySkusAreFilledAndReadInOneCallEachInTheOrderAskedAndOlderStatesNeverWin() {
        List<String> skus = new ArrayList<>();
        java.util.Map<String, List<WarehouseStock>> fills = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 6; i++) {      // more than the few that are filled one by one: the pipelined path
            String sku = CatalogFixtures.uniqueSku("MANY");
            skus.add(sku);
            fills.put(sku, List.of(state(sku, NORTH, 5), state(sku, SOUTH, 2)));
        }
        cache.fillAll(fills);
        String stale = skus.getFirst();
        cache.fillAll(java.util.Map.of(stale, List.of(state(stale, NORTH, 4))));   // older: must not win
        String missing = CatalogFixtures.uniqueSku("MANY");
        List<String> asked = new ArrayList<>(skus.reversed());
        asked.add(2, missing);

        var found = cache.findAll(asked);

        assertThat(found.keySet()).containsExactlyElementsOf(asked);
        assertThat(found.get(missing)).isEmpty();
        for (String sku : skus) {
            assertThat(found.get(sku)).hasValueSatisfying(states -> assertThat(states)
                    .extracting(WarehouseStock::warehouseId, WarehouseStock::version)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(NORTH, 5L),
                            org.assertj.core.groups.Tuple.tuple(SOUTH, 2L)));
        }
    }

    private static WarehouseStock state(String sku, UUID warehouse, long version) {
        return new WarehouseStock(sku, warehouse, warehouse.equals(NORTH) ? "WH-N" : "WH-S", version * 3,
                version, version * 2, version, Instant.ofEpochSecond(1_700_000_000L + version));
    }
}

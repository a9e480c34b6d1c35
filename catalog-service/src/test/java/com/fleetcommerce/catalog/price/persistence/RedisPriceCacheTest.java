package com.fleetcommerce.catalog.price.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fleetcommerce.catalog.CatalogFixtures;
import com.fleetcommerce.catalog.CatalogIntegrationTest;
import com.fleetcommerce.catalog.price.domain.PriceCacheWrite;
import com.fleetcommerce.catalog.price.domain.SkuPrice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The version-checking scripts against the real Redis. */
@CatalogIntegrationTest
class RedisPriceCacheTest {

    private static final UUID WAREHOUSE = UUID.randomUUID();

    @Autowired
    RedisPriceCache cache;

    @Autowired
    StringRedisTemplate redis;

    @Test
    void theEventPathNeverCreatesAnEntryAndIgnoresStaleAndEqualVersions() {
        String sku = CatalogFixtures.uniqueSku("RPC");
        assertThat(cache.apply(price(sku, "VND", "1000", 2))).isEqualTo(PriceCacheWrite.ABSENT);
        assertThat(redis.hasKey(RedisPriceCache.key(sku))).isFalse();
        assertThat(cache.findAll(List.of(sku), "VND")).isEmpty();              // a miss

        cache.fillAll(Map.of(sku, List.of(price(sku, "VND", "1000", 2))));
        assertThat(cache.apply(price(sku, "VND", "900", 1))).isEqualTo(PriceCacheWrite.STALE);
        assertThat(cache.apply(price(sku, "VND", "800", 2))).isEqualTo(PriceCacheWrite.STALE);
        assertThat(cache.apply(price(sku, "USD", "1.00", 3))).isEqualTo(PriceCacheWrite.APPLIED);
        assertThat(cache.apply(price(sku, "VND", "1100", 4))).isEqualTo(PriceCacheWrite.APPLIED);

        assertThat(cache.findAll(List.of(sku), "VND").get(sku)).hasValueSatisfying(p -> {
            assertThat(p.version()).isEqualTo(4);
            assertThat(p.amount()).isEqualByComparingTo("1100");
        });
        assertThat(cache.findAll(List.of(sku), "EUR")).containsEntry(sku, Optional.empty());   // a hit, no price
    }

    @Test
    void aFillCompletesEntriesWithoutRegressingNewerPricesAndMarksSkusWithoutPrices() {
        String sku = CatalogFixtures.uniqueSku("RPC");
        String empty = CatalogFixtures.uniqueSku("RPC");
        cache.fillAll(Map.of(sku, List.of(price(sku, "VND", "5000", 7))));

        cache.fillAll(Map.of(sku, List.of(price(sku, "VND", "4000", 6), price(sku, "USD", "2.00", 6)),
                empty, List.of()));

        assertThat(cache.findAll(List.of(sku, empty), "VND")).containsEntry(empty, Optional.empty())
                .hasEntrySatisfying(sku, p -> assertThat(p).hasValueSatisfying(price -> {
                    assertThat(price.version()).isEqualTo(7);
                    assertThat(price.amount()).isEqualByComparingTo("5000");
                }));
        assertThat(cache.findAll(List.of(sku), "USD").get(sku)).isPresent();
    }

    @Test
    void concurrentWritersEndAtTheHighestVersionWithItsOwnContent() throws Exception {
        String sku = CatalogFixtures.uniqueSku("RPC");
        cache.fillAll(Map.of(sku, List.of()));
        List<SkuPrice> states = new ArrayList<>();
        for (int v = 1; v <= 600; v++) {
            states.add(price(sku, "VND", Integer.toString(v * 1000), v));
            states.add(new SkuPrice(sku, WAREHOUSE, "VND", true, new BigDecimal(v * 10), null, false, "W", v,
                    Instant.now()));
        }
        ExecutorService writers = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                List<SkuPrice> mine = new ArrayList<>(states);
                Collections.shuffle(mine);
                done.add(writers.submit(() -> mine.forEach(cache::apply)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            writers.shutdown();
        }
        assertThat(cache.findAll(List.of(sku), "VND").get(sku)).hasValueSatisfying(p -> {
            assertThat(p.version()).isEqualTo(600);
            assertThat(p.amount()).isEqualByComparingTo("600000");
        });
        String warehouse = (String) redis.opsForHash().get(RedisPriceCache.key(sku),
                RedisPriceCache.field(WAREHOUSE, "VND"));
        assertThat(RedisPriceCache.decode(sku, RedisPriceCache.field(WAREHOUSE, "VND"), warehouse))
                .satisfies(p -> {
                    assertThat(p.version()).isEqualTo(600);
                    assertThat(p.amount()).isEqualByComparingTo("6000");
                    assertThat(p.taxInclusive()).isFalse();
                });
    }

    @Test
    void theEncodingRoundTrips() {
        SkuPrice sale = new SkuPrice("RT-1", WAREHOUSE, "USD", true, new BigDecimal("19.99"),
                new BigDecimal("24.50"), false, "USD-SALE", 42, Instant.parse("2026-03-01T10:00:00.123456Z"));
        SkuPrice withdrawn = new SkuPrice("RT-1", null, "VND", false, null, null, true, null, 43,
                Instant.parse("2026-03-01T10:00:01Z"));
        assertThat(RedisPriceCache.decode("RT-1", RedisPriceCache.field(WAREHOUSE, "USD"),
                RedisPriceCache.encode(sale))).isEqualTo(sale);
        assertThat(RedisPriceCache.decode("RT-1", RedisPriceCache.field(null, "VND"),
                RedisPriceCache.encode(withdrawn))).isEqualTo(withdrawn);
    }

    private static SkuPrice price(String sku, String currency, String amount, long version) {
        return new SkuPrice(sku, null, currency, true, new BigDecimal(amount), null, true, "RETAIL", version,
                Instant.now());
    }
}

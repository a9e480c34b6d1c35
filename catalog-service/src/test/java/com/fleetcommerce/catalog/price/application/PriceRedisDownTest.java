package com.fleetcommerce.catalog.price.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fleetcommerce.catalog.CatalogFixtures;
import com.fleetcommerce.catalog.CatalogIntegrationTest;
import com.fleetcommerce.catalog.UnreachableRedis;
import com.fleetcommerce.catalog.price.domain.PriceCache;
import com.fleetcommerce.catalog.price.domain.PriceCacheWrite;
import com.fleetcommerce.catalog.price.domain.SkuPrice;
import com.fleetcommerce.catalog.price.persistence.JdbcPriceCopy;
import com.fleetcommerce.catalog.price.persistence.RedisPriceCache;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Redis unreachable (a connection factory on a port nothing listens on), PostgreSQL real: product prices are read
 * from the copy and price changes still reach it; when Redis answers again, what changed meanwhile is refilled.
 */
@CatalogIntegrationTest
class PriceRedisDownTest {

    @Autowired
    JdbcPriceCopy copy;

    /** the context's real cache on the test's Redis */
    @Autowired
    RedisPriceCache liveCache;

    private UnreachableRedis deadRedis;
    private SimpleMeterRegistry registry;
    private PriceMetrics metrics;
    private RedisPriceCache deadCache;

    @BeforeEach
    void unreachableRedis() {
        deadRedis = new UnreachableRedis();
        deadCache = new RedisPriceCache(deadRedis.template());
        registry = new SimpleMeterRegistry();
        metrics = new PriceMetrics(registry);
    }

    @AfterEach
    void close() {
        deadRedis.close();
    }

    @Test
    void theReaderAnswersFromTheCopy() {
        String sku = CatalogFixtures.uniqueSku("PDOWN");
        String unpriced = CatalogFixtures.uniqueSku("PDOWN");
        copy.apply(price(sku, "VND", "99000", 4));
        copy.apply(price(sku, "USD", "3.50", 5));

        Map<String, SkuPrice> prices = new SkuPriceReader(deadCache, copy, metrics)
                .prices(List.of(sku, unpriced), "VND");

        assertThat(prices).containsOnlyKeys(sku);
        assertThat(prices.get(sku).amount()).isEqualByComparingTo("99000");
        assertThat(prices.get(sku).version()).isEqualTo(4);
        assertThat(registry.get(PriceMetrics.READS).tag("path", "redis_down").counter().count()).isEqualTo(2);
        assertThat(registry.get(PriceMetrics.READS).tag("path", "redis_hit").counter().count()).isZero();
    }

    @Test
    void aPriceChangeStillUpdatesTheCopyAndRedisIsRefilledWhenItAnswersAgain() {
        String sku = CatalogFixtures.uniqueSku("PDOWN");
        String later = CatalogFixtures.uniqueSku("PDOWN");
        SwitchableCache cache = new SwitchableCache(liveCache, deadCache);
        List<Instant> recoveries = new ArrayList<>();
        PriceCacheRefill refill = new PriceCacheRefill(copy, liveCache, metrics);
        PriceSync sync = new PriceSync(copy, cache, metrics, Clock.systemUTC(), since -> {
            recoveries.add(since);
            refill.since(since);
        });

        // Redis up: the SKU's entry holds version 1
        assertThat(sync.apply(price(sku, "VND", "10000", 1))).isTrue();
        assertThat(liveCache.findAll(List.of(sku), "VND").get(sku)).hasValueSatisfying(p ->
                assertThat(p.version()).isEqualTo(1));

        cache.down = true;
        assertThat(sync.apply(price(sku, "VND", "12000", 2))).isTrue();
        assertThat(sync.apply(price(sku, "VND", "11000", 1))).isFalse();
        assertThat(copy.findAll(List.of(sku)).get(sku)).singleElement().satisfies(p -> {
            assertThat(p.version()).isEqualTo(2);
            assertThat(p.amount()).isEqualByComparingTo("12000");
        });
        // Redis itself still holds the old price: the consumer could not reach it
        assertThat(liveCache.findAll(List.of(sku), "VND").get(sku)).hasValueSatisfying(p ->
                assertThat(p.version()).isEqualTo(1));
        assertThat(registry.get(PriceMetrics.CACHE_WRITES).tag("result", "failed").counter().count()).isEqualTo(2);
        assertThat(recoveries).isEmpty();

        cache.down = false;
        assertThat(sync.apply(price(later, "VND", "5000", 3))).isTrue();

        assertThat(recoveries).hasSize(1);
        assertThat(liveCache.findAll(List.of(sku), "VND").get(sku)).hasValueSatisfying(p -> {
            assertThat(p.version()).isEqualTo(2);
            assertThat(p.amount()).isEqualByComparingTo("12000");
        });
        assertThat(registry.get(PriceMetrics.REFILLED).counter().count()).isGreaterThanOrEqualTo(2);
        assertThat(registry.get(PriceMetrics.EVENTS).tag("result", "applied").counter().count()).isEqualTo(3);
        assertThat(registry.get(PriceMetrics.EVENTS).tag("result", "ignored").counter().count()).isEqualTo(1);
        assertThat(registry.get(PriceMetrics.PROPAGATION).timer().count()).isEqualTo(3);
    }

    private static SkuPrice price(String sku, String currency, String amount, long version) {
        return new SkuPrice(sku, null, currency, true, new BigDecimal(amount), null, true, "RETAIL", version,
                Instant.now());
    }

    /** The real cache, or the same cache on a Redis nobody runs: an outage and its end, on demand. */
    private static final class SwitchableCache implements PriceCache {

        private final PriceCache up;
        private final PriceCache unreachable;
        volatile boolean down;

        SwitchableCache(PriceCache up, PriceCache unreachable) {
            this.up = up;
            this.unreachable = unreachable;
        }

        private PriceCache current() {
            return down ? unreachable : up;
        }

        @Override
        public PriceCacheWrite apply(SkuPrice price) {
            return current().apply(price);
        }

        @Override
        public void fillAll(Map<String, List<SkuPrice>> pricesBySku) {
            current().fillAll(pricesBySku);
        }

        @Override
        public Map<String, Optional<SkuPrice>> findAll(List<String> skus, String currency) {
            return current().findAll(skus, currency);
        }
    }
}

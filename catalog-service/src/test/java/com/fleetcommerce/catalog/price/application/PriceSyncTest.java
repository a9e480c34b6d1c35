package com.fleetcommerce.catalog.price.application;

import static com.fleetcommerce.catalog.price.application.PriceEvents.price;
import static com.fleetcommerce.catalog.price.application.PriceEvents.warehousePrice;
import static com.fleetcommerce.catalog.price.application.PriceEvents.withdrawn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fleetcommerce.catalog.CatalogFixtures;
import com.fleetcommerce.catalog.CatalogIntegrationTest;
import com.fleetcommerce.catalog.price.domain.SkuPrice;
import com.fleetcommerce.catalog.price.persistence.JdbcPriceCopy;
import com.fleetcommerce.catalog.price.persistence.RedisPriceCache;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * pricing.price records through the real listener (embedded Kafka) into the real stores (PostgreSQL copy, Redis),
 * read back through {@link SkuPriceReader}.
 */
@CatalogIntegrationTest
class PriceSyncTest {

    private static final UUID HANOI = UUID.randomUUID();

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcPriceCopy copy;

    @Autowired
    RedisPriceCache cache;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    SkuPriceReader reader;

    @Autowired
    MeterRegistry meters;

    private PriceEvents events;

    @BeforeEach
    void producer() {
        events = new PriceEvents(bootstrapServers, json);
    }

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void pricesOfCurrenciesAndWarehousesLandInRedisAndTheCopyWithEqualContent() {
        String sku = CatalogFixtures.uniqueSku("PRC");
        double hitsBefore = counter(PriceMetrics.READS, "path", "redis_hit");
        events.send(price(sku, "VND", "199000", "250000", 1));
        events.send(price(sku, "USD", "7.99", null, 2));
        events.send(warehousePrice(sku, HANOI, "VND", "189000", 3));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(copy.findAll(List.of(sku)).getOrDefault(sku, List.of())).hasSize(3);
            assertThat(redis.opsForHash().keys(RedisPriceCache.key(sku)))
                    .containsExactlyInAnyOrder("*|VND", "*|USD", HANOI + "|VND");
        });

        SkuPrice vnd = reader.prices(List.of(sku), "VND").get(sku);
        assertThat(vnd.amount()).isEqualByComparingTo("199000");
        assertThat(vnd.amount().toPlainString()).isEqualTo("199000");
        assertThat(vnd.compareAt()).isEqualByComparingTo("250000");
        assertThat(vnd.warehouseId()).isNull();
        assertThat(vnd.priceList()).isEqualTo("RETAIL");
        assertThat(vnd.version()).isEqualTo(1);
        SkuPrice usd = reader.prices(List.of(sku), "USD").get(sku);
        assertThat(usd.amount().toPlainString()).isEqualTo("7.99");
        assertThat(usd.compareAt()).isNull();
        assertThat(reader.prices(List.of(sku), "EUR")).isEmpty();
        assertThat(counter(PriceMetrics.READS, "path", "redis_hit") - hitsBefore).isEqualTo(3);

        // Redis and the copy hold the same prices, changedAt (to the microsecond) included
        for (SkuPrice stored : copy.findAll(List.of(sku)).get(sku)) {
            String value = (String) redis.opsForHash().get(RedisPriceCache.key(sku),
                    RedisPriceCache.field(stored.warehouseId(), stored.currency()));
            assertThat(value).startsWith(stored.version() + "|1|");
            if (stored.allWarehouses()) {
                assertThat(cache.findAll(List.of(sku), stored.currency()).get(sku)).contains(stored);
            }
        }
        assertThat(meters.get(PriceMetrics.PROPAGATION).timer().count()).isGreaterThanOrEqualTo(3);
        assertThat(meters.get(PriceMetrics.EVENT_LAG).timer().count()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void outOfOrderAndDuplicateEventsNeverReplaceTheNewerPrice() {
        String sku = CatalogFixtures.uniqueSku("PRC");
        double appliedBefore = counter(PriceMetrics.EVENTS, "result", "applied");
        double ignoredBefore = counter(PriceMetrics.EVENTS, "result", "ignored");

        events.send(price(sku, "VND", "300000", null, 5));
        events.send(price(sku, "VND", "100000", null, 4));      // older, arrives late
        events.send(price(sku, "VND", "999", null, 5));         // same version again (a replay), other content
        // one SKU = one key = one partition, consumed in order: once this one is in, the three above were handled
        events.send(price(sku, "USD", "12.00", null, 6));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(redis.opsForHash().keys(RedisPriceCache.key(sku))).contains("*|USD"));

        SkuPrice stored = copy.findAll(List.of(sku)).get(sku).stream().filter(p -> p.currency().equals("VND"))
                .findFirst().orElseThrow();
        assertThat(stored.version()).isEqualTo(5);
        assertThat(stored.amount()).isEqualByComparingTo("300000");
        assertThat(cache.findAll(List.of(sku), "VND").get(sku)).contains(stored);
        assertThat(reader.prices(List.of(sku), "VND").get(sku).amount()).isEqualByComparingTo("300000");
        assertThat(reader.prices(List.of(sku), "USD").get(sku).amount().toPlainString()).isEqualTo("12.00");

        assertThat(counter(PriceMetrics.EVENTS, "result", "applied") - appliedBefore).isEqualTo(2);
        assertThat(counter(PriceMetrics.EVENTS, "result", "ignored") - ignoredBefore).isEqualTo(2);
    }

    @Test
    void aWithdrawnPriceIsNoLongerShownAndAnOlderEventCannotBringItBack() {
        String sku = CatalogFixtures.uniqueSku("PRC");
        events.send(price(sku, "VND", "150000", null, 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(reader.prices(List.of(sku), "VND")).containsKey(sku));

        events.send(withdrawn(sku, "VND", 3));
        events.send(price(sku, "VND", "120000", null, 2));      // older than the withdrawal, arrives late
        events.send(price(sku, "USD", "5.00", null, 4));        // marker: everything above was handled
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(reader.prices(List.of(sku), "USD")).containsKey(sku));

        assertThat(reader.prices(List.of(sku), "VND")).isEmpty();
        SkuPrice tombstone = copy.findAll(List.of(sku)).get(sku).stream().filter(p -> p.currency().equals("VND"))
                .findFirst().orElseThrow();
        assertThat(tombstone.available()).isFalse();
        assertThat(tombstone.amount()).isNull();
        assertThat(tombstone.version()).isEqualTo(3);
        assertThat(cache.findAll(List.of(sku), "VND").get(sku)).hasValueSatisfying(p -> {
            assertThat(p.available()).isFalse();
            assertThat(p.version()).isEqualTo(3);
        });
        // and with Redis missing the SKU, the copy says the same
        redis.delete(RedisPriceCache.key(sku));
        assertThat(reader.prices(List.of(sku), "VND")).isEmpty();
    }

    @Test
    void aRedisMissIsAnsweredFromTheCopyWhichRefillsRedis() {
        String sku = CatalogFixtures.uniqueSku("PRC");
        String other = CatalogFixtures.uniqueSku("PRC");
        events.send(price(sku, "VND", "49000", "59000", 1));
        events.send(price(other, "VND", "1000", null, 2));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(redis.hasKey(RedisPriceCache.key(sku))).isTrue();
            assertThat(redis.hasKey(RedisPriceCache.key(other))).isTrue();
        });
        assertThat(redis.delete(RedisPriceCache.key(sku))).isTrue();
        double missesBefore = counter(PriceMetrics.READS, "path", "redis_miss");
        double hitsBefore = counter(PriceMetrics.READS, "path", "redis_hit");

        Map<String, SkuPrice> prices = reader.prices(List.of(sku, other), "VND");

        assertThat(prices.get(sku).amount()).isEqualByComparingTo("49000");
        assertThat(prices.get(sku).compareAt()).isEqualByComparingTo("59000");
        assertThat(prices.get(other).amount()).isEqualByComparingTo("1000");
        assertThat(counter(PriceMetrics.READS, "path", "redis_miss") - missesBefore).isEqualTo(1);
        assertThat(counter(PriceMetrics.READS, "path", "redis_hit") - hitsBefore).isEqualTo(1);
        // the copy filled Redis: the next read is a hit with the same price
        assertThat(cache.findAll(List.of(sku), "VND").get(sku)).contains(prices.get(sku));
        reader.prices(List.of(sku), "VND");
        assertThat(counter(PriceMetrics.READS, "path", "redis_hit") - hitsBefore).isEqualTo(2);
    }

    @Test
    void aSkuWithoutPricesHasNoneUntilItsFirstEventWhichStillReachesRedis() {
        String sku = CatalogFixtures.uniqueSku("PRC");

        assertThat(reader.prices(List.of(sku), "VND")).isEmpty();
        // the miss stored an empty entry: the next read is a hit, not a query per read
        assertThat(cache.findAll(List.of(sku), "VND")).containsEntry(sku, Optional.empty());

        events.send(price(sku, "VND", "20000", null, 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(cache.findAll(List.of(sku), "VND").get(sku))
                        .hasValueSatisfying(p -> assertThat(p.amount()).isEqualByComparingTo(new BigDecimal(20000))));
    }

    private double counter(String name, String tag, String value) {
        return meters.get(name).tag(tag, value).counter().count();
    }
}

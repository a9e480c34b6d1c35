package com.fleetcommerce.catalog.stock.application;

import static com.fleetcommerce.catalog.stock.application.StockEvents.changed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fleetcommerce.catalog.CatalogFixtures;
import com.fleetcommerce.catalog.CatalogIntegrationTest;
import com.fleetcommerce.catalog.stock.domain.SkuAvailability;
import com.fleetcommerce.catalog.stock.domain.StockSource;
import com.fleetcommerce.catalog.stock.domain.WarehouseStock;
import com.fleetcommerce.catalog.stock.persistence.JdbcStockCopy;
import com.fleetcommerce.catalog.stock.persistence.RedisStockCache;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * warehouse.stock records through the real listener (embedded Kafka) into the real stores (PostgreSQL copy, Redis),
 * read back through {@link SkuStockReader}.
 */
@CatalogIntegrationTest
class StockSyncTest {

    private static final UUID NORTH = UUID.randomUUID();
    private static final UUID SOUTH = UUID.randomUUID();

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcStockCopy copy;

    @Autowired
    RedisStockCache cache;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    SkuStockReader reader;

    @Autowired
    MeterRegistry meters;

    private StockEvents events;

    @BeforeEach
    void producer() {
        events = new StockEvents(bootstrapServers, json);
    }

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void eventsOfTwoWarehousesLandInRedisAndTheCopyAndTheReaderSumsThem() {
        String sku = CatalogFixtures.uniqueSku("STK");
        events.send(changed(sku, NORTH, "WH-NORTH", 5, 1));
        events.send(changed(sku, SOUTH, "WH-SOUTH", 7, 4));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(copy.find(sku)).hasSize(2);
            assertThat(redis.opsForHash().keys(RedisStockCache.key(sku)))
                    .containsExactlyInAnyOrder(NORTH.toString(), SOUTH.toString());
        });

        SkuAvailability availability = reader.availability(sku);
        assertThat(availability.source()).isEqualTo(StockSource.REDIS);
        assertThat(availability.totalAvailable()).isEqualTo(12);
        assertThat(availability.inStock()).isTrue();
        assertThat(availability.warehouses()).extracting(WarehouseStock::warehouseCode, WarehouseStock::available,
                        WarehouseStock::onHand, WarehouseStock::reserved, WarehouseStock::version)
                .containsExactly(tuple("WH-NORTH", 5L, 7L, 2L, 1L),
                        tuple("WH-SOUTH", 7L, 9L, 2L, 4L));
        // Redis and the copy hold the same states, changedAt included
        assertThat(availability.warehouses()).containsExactlyInAnyOrderElementsOf(copy.find(sku));
        assertThat(availability.asOf()).isEqualTo(copy.find(sku).stream().map(WarehouseStock::changedAt)
                .max(Comparator.naturalOrder()).orElseThrow());
        assertThat(meters.get(StockMetrics.PROPAGATION).timer().count()).isGreaterThanOrEqualTo(2);
        assertThat(meters.get(StockMetrics.EVENT_LAG).timer().count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void outOfOrderAndDuplicateEventsNeverReplaceTheNewerState() {
        String sku = CatalogFixtures.uniqueSku("STK");
        double appliedBefore = counter(StockMetrics.EVENTS, "result", "applied");
        double ignoredBefore = counter(StockMetrics.EVENTS, "result", "ignored");

        events.send(changed(sku, NORTH, "WH-NORTH", 30, 3));
        events.send(changed(sku, NORTH, "WH-NORTH", 20, 2));     // older, arrives late
        events.send(changed(sku, NORTH, "WH-NORTH", 99, 3));     // same version again (a replay), other content
        // one SKU = one key = one partition, consumed in order: once this one is in, the three above were handled
        events.send(changed(sku, SOUTH, "WH-SOUTH", 1, 1));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(copy.find(sku)).extracting(WarehouseStock::warehouseId).contains(SOUTH));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(redis.opsForHash().keys(RedisStockCache.key(sku))).contains(SOUTH.toString()));

        WarehouseStock north = copy.find(sku).stream().filter(s -> s.warehouseId().equals(NORTH)).findFirst()
                .orElseThrow();
        assertThat(north.version()).isEqualTo(3);
        assertThat(north.available()).isEqualTo(30);
        Optional<List<WarehouseStock>> cached = cache.find(sku);
        assertThat(cached).hasValueSatisfying(states -> assertThat(states).contains(north));
        assertThat(reader.availability(sku).totalAvailable()).isEqualTo(31);

        assertThat(counter(StockMetrics.EVENTS, "result", "applied") - appliedBefore).isEqualTo(2);
        assertThat(counter(StockMetrics.EVENTS, "result", "ignored") - ignoredBefore).isEqualTo(2);
    }

    /** This context has no warehouse-service: a miss can only be answered from the copy. */
    @Test
    void aMissWithWarehouseServiceUnreachableIsAnsweredFromTheCopyMarkedStaleAndLeavesRedisEmpty() {
        String sku = CatalogFixtures.uniqueSku("STK");
        events.send(changed(sku, NORTH, "WH-NORTH", 4, 1));
        events.send(changed(sku, SOUTH, "WH-SOUTH", 6, 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(redis.opsForHash().size(RedisStockCache.key(sku))).isEqualTo(2));

        assertThat(redis.delete(RedisStockCache.key(sku))).isTrue();
        double downBefore = counter(StockMetrics.READS, "path", "warehouse_down");
        double hitsBefore = counter(StockMetrics.READS, "path", "redis_hit");

        SkuAvailability fromCopy = reader.availability(sku);
        assertThat(fromCopy.source()).isEqualTo(StockSource.DATABASE_COPY);
        assertThat(fromCopy.stale()).isTrue();
        assertThat(fromCopy.totalAvailable()).isEqualTo(10);
        assertThat(fromCopy.asOf()).isNotNull();
        // a copy that may be stale must not come back from Redis looking fresh
        assertThat(redis.hasKey(RedisStockCache.key(sku))).isFalse();
        assertThat(reader.availability(sku).source()).isEqualTo(StockSource.DATABASE_COPY);
        assertThat(counter(StockMetrics.READS, "path", "warehouse_down") - downBefore).isEqualTo(2);
        assertThat(counter(StockMetrics.READS, "path", "redis_hit") - hitsBefore).isZero();

        // the next event of the SKU fills the entry from the copy (which it has just updated) and reads hit again
        events.send(changed(sku, NORTH, "WH-NORTH", 7, 2));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(reader.availability(sku)).satisfies(a -> {
                    assertThat(a.source()).isEqualTo(StockSource.REDIS);
                    assertThat(a.stale()).isFalse();
                    assertThat(a.totalAvailable()).isEqualTo(13);
                }));
    }

    @Test
    void aSkuNoWarehouseReportedIsOutOfStockUntilItsFirstEvent() {
        String sku = CatalogFixtures.uniqueSku("STK");

        SkuAvailability first = reader.availability(sku);
        assertThat(first.source()).isEqualTo(StockSource.DATABASE_COPY);
        assertThat(first.warehouses()).isEmpty();
        assertThat(first.inStock()).isFalse();
        assertThat(first.asOf()).isNull();


        // the first event of such a SKU still reaches Redis
        events.send(changed(sku, NORTH, "WH-NORTH", 3, 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(reader.availability(sku)).satisfies(a -> {
                    assertThat(a.source()).isEqualTo(StockSource.REDIS);
                    assertThat(a.totalAvailable()).isEqualTo(3);
                }));
    }

    private double counter(String name, String tag, String value) {
        return meters.get(name).tag(tag, value).counter().count();
    }
}

package com.fleetcommerce.pricing.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fleetcommerce.pricing.PricingWorkerApplication;
import com.fleetcommerce.pricing.catalogsync.application.CatalogProductListener;
import com.fleetcommerce.pricing.price.application.EffectivePrices;
import com.fleetcommerce.pricing.price.application.PriceListService;
import com.fleetcommerce.pricing.price.application.PriceListTerms;
import com.fleetcommerce.pricing.price.application.PriceLookup;
import com.fleetcommerce.pricing.price.application.PriceService;
import com.fleetcommerce.pricing.price.application.PutPrice;
import com.fleetcommerce.pricing.price.application.ScheduledTransitions;
import com.fleetcommerce.pricing.price.domain.PriceListKind;
import com.fleetcommerce.pricing.price.domain.ResolvedPrice;
import com.fleetcommerce.shared.events.contracts.catalog.ProductCreatedEvent;
import com.fleetcommerce.shared.events.contracts.catalog.ProductSku;
import com.fleetcommerce.shared.events.contracts.catalog.ProductStatusChangedEvent;
import com.fleetcommerce.shared.events.core.CloudEvent;
import com.fleetcommerce.shared.events.core.CloudEventCodec;
import com.fleetcommerce.testsupport.ApiClient;
import com.fleetcommerce.testsupport.FreshPostgresDatabase;
import com.fleetcommerce.testsupport.IsolatedRedis;
import com.fleetcommerce.testsupport.MutableClock;
import com.fleetcommerce.testsupport.TestJwts;
import com.fleetcommerce.testsupport.TestKafkaConsumers;
import com.fleetcommerce.testsupport.WithEmbeddedKafka;
import com.fleetcommerce.testsupport.WithTestJwtIssuer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(classes = {PricingWorkerApplication.class, PricingWorkerTest.Time.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "pricing.jobs.price-transitions.interval=PT0.2S")
@FreshPostgresDatabase
@IsolatedRedis
@WithEmbeddedKafka
@WithTestJwtIssuer
class PricingWorkerTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class Time {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }

    @Autowired
    MutableClock clock;
    @Autowired
    PriceListService lists;
    @Autowired
    PriceService prices;
    @Autowired
    EffectivePrices effective;
    @Autowired
    ScheduledTransitions transitions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @LocalServerPort
    int port;

    @Test
    void aScheduledPriceIsPublishedWhenItStartsAndWhenItEnds() {
        String sku = unique("SCHED");
        UUID regular = list("VND", 0);
        UUID sale = list("VND", 5);
        Instant start = clock.instant().plus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant end = start.plus(Duration.ofHours(1));

        try (KafkaConsumer<String, String> consumer = TestKafkaConsumers.strings(bootstrapServers)) {
            consumer.subscribe(List.of("pricing.price"));
            List<JsonNode> seen = new ArrayList<>();
            prices.put(regular, new PutPrice(sku, null, null, "VND", new BigDecimal("100000"), null, List.of(), null,
                    null, null));
            prices.put(sale, new PutPrice(sku, null, null, "VND", new BigDecimal("80000"), null, List.of(), start,
                    end, null));
            awaitAmounts(consumer, sku, seen, "100000");

            // not effective before its start, effective from it (start inclusive)
            assertThat(unitPriceAt(sku, start.minusMillis(1))).contains("100000");
            assertThat(unitPriceAt(sku, start)).contains("80000");

            clock.advance(Duration.ofHours(1));
            awaitAmounts(consumer, sku, seen, "100000", "80000");
            clock.advance(Duration.ofHours(1));
            awaitAmounts(consumer, sku, seen, "100000", "80000", "100000");
            // and nothing more: each boundary fired exactly once although the job runs every 200 ms
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                poll(consumer, sku, seen);
                assertThat(seen).hasSize(3);
            });
            assertThat(seen.get(1).path("priceList").asString()).isNotEqualTo(seen.get(0).path("priceList").asString());
            assertThat(seen).extracting(e -> e.path("version").asLong()).isSorted().doesNotHaveDuplicates();
        }
    }

    @Test
    void aRunAfterDowntimeCatchesUpExactlyOnce() {
        String sku = unique("DOWN");
        String watermark = unique("test-downtime");
        UUID regular = list("USD", 0);
        UUID promo = list("USD", 5);
        // far beyond anything the scheduled job's clock reaches in these tests, so only the calls below handle it
        Instant start = Instant.now().plus(Duration.ofDays(3650)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        prices.put(regular, new PutPrice(sku, null, null, "USD", new BigDecimal("10.00"), null, List.of(), null,
                null, null));
        prices.put(promo, new PutPrice(sku, null, null, "USD", new BigDecimal("7.50"), null, List.of(), start,
                start.plus(Duration.ofDays(2)), null));

        assertThat(transitions.advance(watermark, start.minus(Duration.ofHours(1))).events()).isZero(); // first run
        // "down" for two hours across the start: the next run covers the whole gap, once
        ScheduledTransitions.Run caughtUp = transitions.advance(watermark, start.plus(Duration.ofHours(1)));
        assertThat(caughtUp.events()).isEqualTo(1);
        assertThat(caughtUp.from()).isEqualTo(start.minus(Duration.ofHours(1)));
        assertThat(transitions.advance(watermark, start.plus(Duration.ofHours(1))).events()).isZero();
        assertThat(transitions.advance(watermark, start.plus(Duration.ofHours(2))).events()).isZero();
        assertThat(transitions.advance(watermark, start.plus(Duration.ofMinutes(30))).events()).isZero(); // back: no-op
        // the end, once
        assertThat(transitions.advance(watermark, start.plus(Duration.ofDays(3))).events()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select processed_until from price_transition_watermark where name = ?",
                java.sql.Timestamp.class, watermark).toInstant()).isEqualTo(start.plus(Duration.ofDays(3)));
    }

    @Test
    void catalogProductsMapTheirSkusAndPublishTheProductPrice() throws Exception {
        UUID product = UUID.randomUUID();
        UUID brand = UUID.randomUUID();
        String first = unique("CAT-A");
        String second = unique("CAT-B");
        UUID retail = list("VND", 0);
        // a product-level price before pricing knows any SKU of the product: nobody's price moves yet
        prices.put(retail, new PutPrice(null, product, null, "VND", new BigDecimal("250000"), null, List.of(), null,
                null, null));

        try (KafkaConsumer<String, String> consumer = TestKafkaConsumers.strings(bootstrapServers)) {
            consumer.subscribe(List.of("pricing.price"));
            List<JsonNode> seenFirst = new ArrayList<>();
            send(CatalogProductListener.CREATED, product, new ProductCreatedEvent(product, "p-" + product, "Product",
                    "DRAFT", brand, List.of(UUID.randomUUID()), List.of(sku(first), sku(second)), Map.of(), 2,
                    Instant.now()));
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                    "select count(*) from sku_product where product_id = ?", Long.class, product) == 2);
            assertThat(jdbc.queryForObject("select brand_id from catalog_product where product_id = ?", UUID.class,
                    product)).isEqualTo(brand);
            awaitAmounts(consumer, first, seenFirst, "250000");
            assertThat(unitPriceAt(second, Instant.now())).contains("250000");

            // an older event (version 1) arrives late: it changes nothing
            send(CatalogProductListener.STATUS_CHANGED, product, new ProductStatusChangedEvent(product,
                    "p-" + product, "DRAFT", "DRAFT", List.of(sku(first)), 1, Instant.now()));
            // a newer one drops the second SKU: its product price no longer applies
            send(CatalogProductListener.STATUS_CHANGED, product, new ProductStatusChangedEvent(product,
                    "p-" + product, "DRAFT", "ACTIVE", List.of(sku(first)), 3, Instant.now()));
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                    "select version from catalog_product where product_id = ?", Long.class, product) == 3);
            assertThat(jdbc.queryForList("select sku from sku_product where product_id = ?", String.class, product))
                    .containsExactly(first);
            assertThat(jdbc.queryForObject("select brand_id from catalog_product where product_id = ?", UUID.class,
                    product)).isEqualTo(brand);            // a status change keeps brand and categories
            assertThat(unitPriceAt(second, Instant.now())).isEmpty();
        }
    }

    @Test
    void theWorkerServesHealthAndMetricsButNotTheApi() {
        ApiClient api = new ApiClient(port);
        assertThat(api.get("/actuator/health/readiness", null).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/price-lists", TestJwts.staff().permissions("prices:write").token()).status())
                .isEqualTo(404);
    }

    private void send(String type, UUID product, Object payload) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>(CatalogProductListener.TOPIC,
                product.toString(), json.writeValueAsString(payload));
        CloudEventCodec.write(new CloudEvent(UUID.randomUUID().toString(), type, "/catalog-service", Instant.now(),
                product.toString()), Map.of(), record.headers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(), new StringSerializer())) {
            producer.send(record).get();
        }
    }

    private static ProductSku sku(String code) {
        return new ProductSku(UUID.randomUUID(), code, null, Map.of());
    }

    private Optional<String> unitPriceAt(String sku, Instant at) {
        String currency = sku.startsWith("DOWN") ? "USD" : "VND";
        return effective.resolve(List.of(new PriceLookup(sku, null, 1)), currency, null, null, at).getFirst()
                .map(ResolvedPrice::unitAmount).map(BigDecimal::toPlainString);
    }

    private void awaitAmounts(KafkaConsumer<String, String> consumer, String sku, List<JsonNode> seen,
                              String... amounts) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            poll(consumer, sku, seen);
            assertThat(seen).extracting(e -> e.path("amount").asString()).containsExactly(amounts);
        });
    }

    private void poll(KafkaConsumer<String, String> consumer, String sku, List<JsonNode> seen) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
            if (sku.equals(record.key())) {
                seen.add(json.readTree(record.value()));
            }
        }
    }

    private UUID list(String currency, int priority) {
        return lists.create(unique("L"), currency, PriceListKind.REGULAR,
                new PriceListTerms(null, priority, null, null, null, true)).id();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}

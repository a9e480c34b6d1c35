package com.fleetcommerce.pricing.price.application;

import static com.fleetcommerce.pricing.PricingFixtures.WRITER;
import static com.fleetcommerce.pricing.PricingFixtures.body;
import static com.fleetcommerce.pricing.PricingFixtures.money;
import static com.fleetcommerce.pricing.PricingFixtures.unique;
import static com.fleetcommerce.testsupport.TestKafkaConsumers.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import com.fleetcommerce.pricing.PricingFixtures;
import com.fleetcommerce.pricing.PricingIntegrationTest;
import com.fleetcommerce.testsupport.ApiClient;
import com.fleetcommerce.testsupport.TestKafkaConsumers;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Price changes reach {@code pricing.price} through the outbox: one record per (SKU, warehouse) whose effective price
 * moved, keyed by SKU, with increasing versions; a change that moves nothing publishes nothing.
 */
@PricingIntegrationTest
class PriceEventsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void effectivePriceChangesArePublishedKeyedBySku() {
        PricingFixtures fixtures = new PricingFixtures(new ApiClient(port));
        String sku = unique("EVT");
        String quiet = unique("QUIET");
        UUID warehouse = UUID.randomUUID();
        UUID retail = fixtures.list("VND", 0);
        UUID sale = fixtures.list(unique("SALE"), "VND", "SALE", 5, true);

        try (KafkaConsumer<String, String> consumer = TestKafkaConsumers.strings(bootstrapServers)) {
            consumer.subscribe(List.of(PriceChangeEvents.TOPIC));
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();

            fixtures.skuPrice(retail, sku, "199000", "VND");                     // 1: (sku, -) 199000
            fixtures.putOk(sale, body("sku", sku, "amount", money("149000", "VND"),
                    "compareAt", money("199000", "VND")));                        // 2: (sku, -) 149000 sale
            fixtures.putOk(retail, body("sku", sku, "warehouseId", warehouse,
                    "amount", money("139000", "VND")));                           // 3: (sku, w) 139000
            fixtures.skuPrice(retail, sku, "189000", "VND");                     // hidden by the sale: nothing
            fixtures.api().send(HttpMethod.DELETE, "/api/v1/price-lists/" + retail
                    + "/prices?sku=" + sku + "&warehouseId=" + warehouse, WRITER, null, Map.of()); // 4: (sku, w) falls back to 149000
            fixtures.skuPrice(retail, quiet, "5000", "VND");
            fixtures.putOk(retail, body("sku", quiet, "amount", money("5000", "VND"))); // same price: nothing

            Predicate<ConsumerRecord<String, String>> mine = r -> sku.equals(r.key());
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                assertThat(seen.stream().filter(mine)).hasSize(4);
                assertThat(seen.stream().filter(r -> quiet.equals(r.key()))).hasSize(1);
            });

            List<JsonNode> events = seen.stream().filter(mine).map(r -> {
                assertThat(r.topic()).isEqualTo("pricing.price");
                assertThat(header(r, "ce_type")).isEqualTo("pricing.price.changed.v1");
                assertThat(header(r, "ce_subject")).isEqualTo(sku);
                return JSON.readTree(r.value());
            }).toList();
            assertThat(events).extracting(e -> e.path("amount").asString())
                    .containsExactly("199000", "149000", "139000", "149000");
            assertThat(events).extracting(e -> e.path("warehouseId").isNull())
                    .containsExactly(true, true, false, false);
            assertThat(events.get(1).path("compareAt").asString()).isEqualTo("199000");
            assertThat(events.get(1).path("currency").asString()).isEqualTo("VND");
            assertThat(events.get(1).path("available").asBoolean()).isTrue();
            assertThat(events.get(1).path("taxInclusive").asBoolean()).isTrue();
            assertThat(events.get(2).path("warehouseId").asString()).isEqualTo(warehouse.toString());
            assertThat(events.get(3).path("priceList").asString()).isEqualTo(events.get(1).path("priceList").asString());
            assertThat(events).extracting(e -> e.path("version").asLong()).isSorted().doesNotHaveDuplicates();
            assertThat(events.get(0).path("changedAt").asString()).isNotBlank();
        }
    }

    @Test
    void deactivatingAListPublishesTheFallbackAndTheEndOfAPrice() {
        PricingFixtures fixtures = new PricingFixtures(new ApiClient(port));
        String both = unique("BOTH");
        String only = unique("ONLY");
        UUID product = UUID.randomUUID();
        String variant = unique("VARIANT");
        UUID base = fixtures.list("USD", 0);
        UUID promo = fixtures.list(unique("PROMO"), "USD", "REGULAR", 9, false);
        fixtures.skuPrice(base, both, "10.00", "USD");
        fixtures.skuPrice(promo, both, "8.00", "USD");
        fixtures.skuPrice(promo, only, "3.50", "USD");
        // a product-level price reaches the SKUs pricing knows for that product
        fixtures.putOk(base, body("sku", variant, "productId", product, "amount", money("20.00", "USD"),
                "validFrom", "2099-01-01T00:00:00Z"));
        fixtures.putOk(promo, body("productId", product, "amount", money("18.00", "USD")));

        try (KafkaConsumer<String, String> consumer = TestKafkaConsumers.strings(bootstrapServers)) {
            consumer.subscribe(List.of(PriceChangeEvents.TOPIC));
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            ApiClient.Response off = fixtures.api().send(HttpMethod.POST, "/api/v1/price-lists/" + promo
                    + "/deactivate", WRITER, null, Map.of("If-Match", "\"0\""));
            assertThat(off.status()).isEqualTo(200);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                assertThat(last(seen, both)).isNotNull();
                assertThat(last(seen, only)).isNotNull();
                assertThat(last(seen, variant)).isNotNull();
                assertThat(last(seen, variant).path("available").asBoolean()).isFalse();
                assertThat(last(seen, both).path("amount").asString()).isEqualTo("10.00");
            });
            JsonNode gone = last(seen, only);
            assertThat(gone.path("available").asBoolean()).isFalse();
            assertThat(gone.path("amount").isNull()).isTrue();
            assertThat(gone.path("currency").asString()).isEqualTo("USD");
        }
    }

    private static JsonNode last(List<ConsumerRecord<String, String>> records, String sku) {
        JsonNode last = null;
        for (ConsumerRecord<String, String> r : records) {
            if (sku.equals(r.key())) {
                last = JSON.readTree(r.value());
            }
        }
        return last;
    }
}

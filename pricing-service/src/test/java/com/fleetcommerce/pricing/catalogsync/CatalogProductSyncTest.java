package com.fleetcommerce.pricing.catalogsync;

import static com.fleetcommerce.pricing.PricingFixtures.body;
import static com.fleetcommerce.pricing.PricingFixtures.money;
import static com.fleetcommerce.pricing.PricingFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fleetcommerce.pricing.PricingFixtures;
import com.fleetcommerce.pricing.PricingIntegrationTest;
import com.fleetcommerce.pricing.catalogsync.application.CatalogProductSync;
import com.fleetcommerce.pricing.catalogsync.domain.CatalogProduct;
import com.fleetcommerce.pricing.price.application.PriceChangeEvents;
import com.fleetcommerce.testsupport.ApiClient;
import com.fleetcommerce.testsupport.TestKafkaConsumers;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog.product sync (the consumer runs in pricing-worker; this drives its service directly): SKUs map to
 * their product keeping the highest version, a SKU that newly maps to a product-priced product is published, and
 * the cached candidates of the SKUs it touches are invalidated.
 */
@PricingIntegrationTest
class CatalogProductSyncTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    CatalogProductSync sync;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void skusMapToTheirProductByHighestVersionAndGetItsPrice() {
        PricingFixtures fixtures = new PricingFixtures(new ApiClient(port));
        UUID product = UUID.randomUUID();
        String sku = unique("MAP");
        UUID list = fixtures.list("VND", 0);
        fixtures.putOk(list, body("productId", product, "amount", money("320000", "VND")));
        // unknown SKU: no price; this also caches "no product" for it
        assertThat(fixtures.api().get("/api/v1/prices/effective?sku=" + sku + "&currency=VND", null).status())
                .isEqualTo(404);

        try (KafkaConsumer<String, String> consumer = TestKafkaConsumers.strings(bootstrapServers)) {
            consumer.subscribe(List.of(PriceChangeEvents.TOPIC));
            assertThat(sync.apply(new CatalogProduct(product, UUID.randomUUID(), List.of(), List.of(sku), true, 5)))
                    .isTrue();
            // the cached "no product" entry was invalidated after commit
            assertThat(fixtures.api().get("/api/v1/prices/effective?sku=" + sku + "&currency=VND", null).body()
                    .path("unitPrice").path("amount").asString()).isEqualTo("320000");

            // older and repeated versions change nothing
            assertThat(sync.apply(new CatalogProduct(product, null, List.of(), List.of(), true, 4))).isFalse();
            assertThat(sync.apply(new CatalogProduct(product, null, List.of(), List.of(), true, 5))).isFalse();
            assertThat(jdbc.queryForObject("select product_id from sku_product where sku = ?", UUID.class, sku))
                    .isEqualTo(product);

            List<JsonNode> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (sku.equals(r.key())) {
                        seen.add(JSON.readTree(r.value()));
                    }
                }
                assertThat(seen).extracting(e -> e.path("amount").asString()).containsExactly("320000");
            });

            // a newer version without the SKU unmaps it: its product price no longer applies, which is published
            assertThat(sync.apply(new CatalogProduct(product, null, List.of(), List.of(), false, 6))).isTrue();
            assertThat(fixtures.api().get("/api/v1/prices/effective?sku=" + sku + "&currency=VND", null).status())
                    .isEqualTo(404);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (sku.equals(r.key())) {
                        seen.add(JSON.readTree(r.value()));
                    }
                }
                assertThat(seen).hasSize(2);
                assertThat(seen.get(1).path("available").asBoolean()).isFalse();
            });
        }
    }
}

package com.fleetcommerce.catalog.product.application;

import static com.fleetcommerce.catalog.CatalogFixtures.EDITOR;
import static com.fleetcommerce.catalog.CatalogFixtures.product;
import static com.fleetcommerce.catalog.CatalogFixtures.sku;
import static com.fleetcommerce.catalog.CatalogFixtures.unique;
import static com.fleetcommerce.catalog.CatalogFixtures.uniqueSku;
import static com.fleetcommerce.testsupport.TestKafkaConsumers.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.catalog.CatalogFixtures;
import com.fleetcommerce.catalog.CatalogIntegrationTest;
import com.fleetcommerce.testsupport.ApiClient.Response;
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

/** Product changes reach Kafka through the outbox, keyed by product id, with the SKU codes in every payload. */
@CatalogIntegrationTest
class ProductEventsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void createdUpdatedAndStatusChangedArePublishedInOrderWithTheSkuCodes() {
        ApiClient api = new ApiClient(port);
        CatalogFixtures fixtures = new CatalogFixtures(api);
        String first = uniqueSku("EVT");
        String second = uniqueSku("EVT");

        try (KafkaConsumer<String, String> consumer = TestKafkaConsumers.strings(bootstrapServers)) {
            consumer.subscribe(List.of(ProductEvents.TOPIC));
            Response created = fixtures.createProduct(product(unique("Kettle"), null, List.of(),
                    List.of(sku(first, Map.of("colour", "steel")))));
            String id = created.body().path("id").asString();
            assertThat(api.send(HttpMethod.POST, "/api/v1/products/" + id + "/skus", EDITOR,
                    sku(second, Map.of("colour", "black")), Map.of("If-Match", "\"0\"")).status()).isEqualTo(201);
            assertThat(fixtures.status(UUID.fromString(id), "ACTIVE", "\"1\"").status()).isEqualTo(200);
            // a refused change writes no event
            assertThat(fixtures.status(UUID.fromString(id), "ACTIVE", "\"2\"").status()).isEqualTo(409);

            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                assertThat(seen.stream().filter(r -> id.equals(r.key()))).hasSize(3);
            });
            // nothing else arrives for this product
            consumer.poll(Duration.ofMillis(500)).forEach(seen::add);

            List<ConsumerRecord<String, String>> mine = seen.stream().filter(r -> id.equals(r.key())).toList();
            assertThat(mine).hasSize(3);
            assertThat(mine.stream().map(r -> header(r, "ce_type"))).containsExactly(
                    "catalog.product.created.v1", "catalog.product.updated.v1", "catalog.product.status-changed.v1");
            assertThat(mine).allSatisfy(r -> {
                assertThat(header(r, "ce_subject")).isEqualTo(id);
                assertThat(header(r, "ce_source")).isEqualTo("/catalog-service");
            });

            JsonNode createdEvent = JSON.readTree(mine.get(0).value());
            assertThat(createdEvent.path("productId").asString()).isEqualTo(id);
            assertThat(createdEvent.path("status").asString()).isEqualTo("DRAFT");
            assertThat(createdEvent.path("version").asLong()).isZero();
            assertThat(codes(createdEvent)).containsExactly(first);
            assertThat(createdEvent.path("skus").get(0).path("options").path("colour").asString()).isEqualTo("steel");

            JsonNode updated = JSON.readTree(mine.get(1).value());
            assertThat(updated.path("version").asLong()).isEqualTo(1);
            assertThat(codes(updated)).containsExactly(first, second);

            JsonNode activated = JSON.readTree(mine.get(2).value());
            assertThat(activated.path("previousStatus").asString()).isEqualTo("DRAFT");
            assertThat(activated.path("status").asString()).isEqualTo("ACTIVE");
            assertThat(activated.path("version").asLong()).isEqualTo(2);
            assertThat(codes(activated)).containsExactly(first, second);
        }
    }

    @Test
    void createdAndUpdatedCarryTheAttributeValues() {
        ApiClient api = new ApiClient(port);
        CatalogFixtures fixtures = new CatalogFixtures(api);
        String capacity = CatalogFixtures.uniqueCode("capacity");
        Map<String, Object> definition = CatalogFixtures.attributeBody(capacity, "NUMBER");
        definition.put("unit", "l");
        fixtures.attribute(definition);
        UUID category = fixtures.category(unique("Kettles"), null);
        fixtures.template(category, List.of(CatalogFixtures.line(capacity, true)));

        try (KafkaConsumer<String, String> consumer = TestKafkaConsumers.strings(bootstrapServers)) {
            consumer.subscribe(List.of(ProductEvents.TOPIC));
            Map<String, Object> body = product(unique("Kettle"), null, List.of(category), List.of());
            body.put("attributes", Map.of(capacity, 1.70));
            Response created = fixtures.createProduct(body);
            assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
            String id = created.body().path("id").asString();
            body.remove("skus");
            body.put("attributes", Map.of(capacity, 2));
            assertThat(api.send(HttpMethod.PUT, "/api/v1/products/" + id, EDITOR, body, Map.of("If-Match", "\"0\""))
                    .status()).isEqualTo(200);

            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                assertThat(seen.stream().filter(r -> id.equals(r.key()))).hasSize(2);
            });
            List<ConsumerRecord<String, String>> mine = seen.stream().filter(r -> id.equals(r.key())).toList();
            assertThat(JSON.readTree(mine.get(0).value()).path("attributes").path(capacity).decimalValue())
                    .isEqualByComparingTo("1.7");
            assertThat(JSON.readTree(mine.get(1).value()).path("attributes").path(capacity).decimalValue())
                    .isEqualByComparingTo("2");
        }
    }

    private static List<String> codes(JsonNode event) {
        return event.path("skus").valueStream().map(s -> s.path("code").asString()).toList();
    }


}

package com.fleetcommerce.warehouse.stock.application;

import static com.fleetcommerce.testsupport.TestKafkaConsumers.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.testsupport.TestKafkaConsumers;
import com.fleetcommerce.warehouse.StockFixtures;
import com.fleetcommerce.warehouse.WarehouseApiTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Stock changes reach Kafka through the outbox: one record per changed level, keyed by SKU, versions in order. */
class StockEventsTest extends WarehouseApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void everyChangeOfALevelIsPublishedWithItsVersionKeyedBySku() {
        String sku = StockFixtures.uniqueSku();
        UUID warehouse = fixtures.warehouse(21.0, 105.8, 10);
        UUID other = fixtures.warehouse(10.8, 106.7, 10);

        try (KafkaConsumer<String, String> consumer = TestKafkaConsumers.strings(bootstrapServers)) {
            consumer.subscribe(List.of(StockChanges.TOPIC, "warehouse.reservation"));
            fixtures.receive(sku, warehouse, 12);
            fixtures.reserve(StockFixtures.ORDER_SERVICE, "events-" + sku, List.of(StockFixtures.line(sku, 2)),
                    Map.of());

            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                assertThat(seen.stream().filter(r -> sku.equals(r.key()))).hasSize(2);
                assertThat(seen.stream().filter(r -> "warehouse.reservation".equals(r.topic())
                        && header(r, "ce_type").equals("warehouse.reservation.created.v1")
                        && r.value().contains(sku))).hasSize(1);
            });

            List<ConsumerRecord<String, String>> stock = seen.stream().filter(r -> sku.equals(r.key())).toList();
            assertThat(stock).allSatisfy(r -> {
                assertThat(r.topic()).isEqualTo("warehouse.stock");
                assertThat(header(r, "ce_type")).isEqualTo("warehouse.stock.changed.v1");
                assertThat(header(r, "ce_subject")).isEqualTo(sku);
            });
            JsonNode received = JSON.readTree(stock.get(0).value());
            JsonNode reserved = JSON.readTree(stock.get(1).value());
            assertThat(received.path("version").asLong()).isEqualTo(1);
            assertThat(received.path("onHand").asLong()).isEqualTo(12);
            assertThat(received.path("warehouseId").asString()).isEqualTo(warehouse.toString());
            assertThat(received.path("warehouseCode").asString()).startsWith("W-");
            assertThat(reserved.path("version").asLong()).isEqualTo(2);
            assertThat(reserved.path("reserved").asLong()).isEqualTo(2);
            assertThat(reserved.path("available").asLong()).isEqualTo(10);
            assertThat(reserved.path("changedAt").asString()).isNotBlank();

            // another warehouse's level of the same SKU: its own record, same key, so after the first two
            fixtures.receive(sku, other, 1);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                assertThat(seen.stream().filter(r -> sku.equals(r.key()))
                        .map(r -> JSON.readTree(r.value()).path("warehouseId").asString()))
                        .containsExactly(warehouse.toString(), warehouse.toString(), other.toString());
            });
        }
    }

}

package com.fleetcommerce.warehouse.stock.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.testsupport.FreshPostgresDatabase;
import com.fleetcommerce.testsupport.LateKafkaBroker;
import com.fleetcommerce.testsupport.TestKafkaConsumers;
import com.fleetcommerce.testsupport.WithTestJwtIssuer;
import com.fleetcommerce.warehouse.warehouse.application.WarehouseDetails;
import com.fleetcommerce.warehouse.warehouse.application.WarehouseService;
import com.fleetcommerce.warehouse.warehouse.domain.Address;
import com.fleetcommerce.warehouse.warehouse.domain.GeoPoint;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * With no Kafka broker reachable, stock changes still commit; once a broker is there, every change is published,
 * in version order per SKU. Its own context: the broker address is set before the broker exists.
 */
@SpringBootTest(properties = "platform.outbox.poll-interval=PT1S")
@FreshPostgresDatabase
@WithTestJwtIssuer
class StockEventsBrokerOutageTest {

    private static final LateKafkaBroker BROKER = new LateKafkaBroker();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void brokerNotThereYet(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", BROKER::bootstrapServers);
    }

    @AfterAll
    static void stopBroker() {
        BROKER.close();
    }

    @Autowired
    WarehouseService warehouses;
    @Autowired
    StockService stock;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void changesCommitWhileKafkaIsDownAndAreAllPublishedWhenItReturns() {
        UUID warehouse = warehouses.open("OUT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(),
                new WarehouseDetails("Outage", new Address("1 Street", null, null, null, "Ha Noi", "VN", null),
                        new GeoPoint(21.0, 105.8), 1)).id();
        List<String> skus = List.of("OUTAGE-A", "OUTAGE-B", "OUTAGE-C");
        for (int round = 1; round <= 5; round++) {
            for (String sku : skus) {
                stock.receive(sku, warehouse, round, "outage-test", "test");
            }
        }

        // Committed: the levels are there, and so are their 15 events, waiting.
        for (String sku : skus) {
            assertThat(stock.bySku(sku).levels().getFirst().onHand()).isEqualTo(1 + 2 + 3 + 4 + 5);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox_event WHERE topic = 'warehouse.stock'"
                + " AND published_at IS NULL", Long.class)).isEqualTo(15);

        BROKER.start();

        Map<String, List<Long>> versions = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = TestKafkaConsumers.strings(BROKER.bootstrapServers())) {
            consumer.subscribe(List.of(StockChanges.TOPIC));
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                assertThat(seen).hasSizeGreaterThanOrEqualTo(15);
            });
            seen.forEach(r -> versions.computeIfAbsent(r.key(), k -> new ArrayList<>())
                    .add(JSON.readTree(r.value()).path("version").asLong()));
        }
        for (String sku : skus) {
            assertThat(versions.get(sku)).as(sku).containsExactly(1L, 2L, 3L, 4L, 5L);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM outbox_event WHERE published_at IS NULL", Long.class) == 0);
    }

}

package com.fleetcommerce.catalog.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.catalog.CatalogWorkerApplication;
import com.fleetcommerce.catalog.price.application.PriceEventListener;
import com.fleetcommerce.catalog.price.application.SkuPriceReader;
import com.fleetcommerce.catalog.stock.application.SkuStockReader;
import com.fleetcommerce.catalog.stock.application.StockEventListener;
import com.fleetcommerce.shared.events.contracts.pricing.PriceChanged;
import com.fleetcommerce.shared.events.contracts.warehouse.StockChangedEvent;
import com.fleetcommerce.shared.events.core.CloudEvent;
import com.fleetcommerce.shared.events.core.CloudEventCodec;
import com.fleetcommerce.testsupport.ApiClient;
import com.fleetcommerce.testsupport.FreshPostgresDatabase;
import com.fleetcommerce.testsupport.IsolatedRedis;
import com.fleetcommerce.testsupport.TestJwts;
import com.fleetcommerce.testsupport.WithEmbeddedKafka;
import com.fleetcommerce.testsupport.WithTestJwtIssuer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** The worker runs the stock and price syncs out of the box and serves health, but not the catalog API. */
@SpringBootTest(classes = CatalogWorkerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@FreshPostgresDatabase
@IsolatedRedis
@WithEmbeddedKafka
@WithTestJwtIssuer
class CatalogWorkerTest {

    @Autowired
    SkuStockReader reader;
    @Autowired
    SkuPriceReader prices;
    @Autowired
    JsonMapper json;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @LocalServerPort
    int port;

    @Test
    void aStockChangeOnTheTopicReachesTheReadModel() throws Exception {
        String sku = "WORKER-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        StockChangedEvent event = new StockChangedEvent(sku, UUID.randomUUID(), "WH-W", 9, 2, 7, 1, Instant.now());
        ProducerRecord<String, String> record = new ProducerRecord<>(StockEventListener.TOPIC, sku,
                json.writeValueAsString(event));
        CloudEventCodec.write(new CloudEvent(UUID.randomUUID().toString(), StockEventListener.STOCK_CHANGED,
                "/warehouse-service", Instant.now(), sku), Map.of(), record.headers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(), new StringSerializer())) {
            producer.send(record).get();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> reader.availability(sku).totalAvailable() == 7);
    }

    @Test
    void aPriceChangeOnTheTopicReachesTheReadModel() throws Exception {
        String sku = "WORKER-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        PriceChanged event = new PriceChanged(sku, null, "VND", true, "125000", null, true, "VND-RETAIL", 1,
                Instant.now());
        ProducerRecord<String, String> record = new ProducerRecord<>(PriceEventListener.TOPIC, sku,
                json.writeValueAsString(event));
        CloudEventCodec.write(new CloudEvent(UUID.randomUUID().toString(), PriceEventListener.PRICE_CHANGED,
                "/pricing-service", Instant.now(), sku), Map.of(), record.headers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(), new StringSerializer())) {
            producer.send(record).get();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(prices.prices(List.of(sku), "VND")).hasEntrySatisfying(sku, p ->
                        assertThat(p.amount()).isEqualByComparingTo("125000")));
    }

    @Test
    void theWorkerServesHealthButNotTheApi() {
        ApiClient api = new ApiClient(port);
        assertThat(api.get("/actuator/health/readiness", null).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/products", TestJwts.staff().permissions("catalog:write").token()).status())
                .isEqualTo(404);
    }
}

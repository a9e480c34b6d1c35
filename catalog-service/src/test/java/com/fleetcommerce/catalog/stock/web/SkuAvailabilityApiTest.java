package com.fleetcommerce.catalog.stock.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import com.fleetcommerce.catalog.CatalogFixtures;
import com.fleetcommerce.catalog.CatalogIntegrationTest;
import com.fleetcommerce.catalog.stock.application.StockEvents;
import com.fleetcommerce.testsupport.ApiClient;
import com.fleetcommerce.testsupport.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** Anyone can read a SKU's availability from the read model; bad SKU codes are a 400 problem. */
@CatalogIntegrationTest
class SkuAvailabilityApiTest {

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    JsonMapper json;

    @Test
    void availabilityIsPublicAndSumsTheWarehouses() {
        String sku = CatalogFixtures.uniqueSku("AV");
        ApiClient api = new ApiClient(port);
        try (StockEvents events = new StockEvents(bootstrapServers, json)) {
            events.send(StockEvents.changed(sku, UUID.randomUUID(), "WH-A", 4, 1));
            events.send(StockEvents.changed(sku, UUID.randomUUID(), "WH-B", 6, 1));
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Response r = api.get("/api/v1/availability/" + sku, null);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body().path("totalAvailable").asLong()).isEqualTo(10);
        });
        Response answer = api.get("/api/v1/availability/" + sku, null);
        assertThat(answer.body().path("inStock").asBoolean()).isTrue();
        assertThat(answer.body().path("warehouses").size()).isEqualTo(2);
        assertThat(answer.body().path("source").asString()).isIn("REDIS", "DATABASE_COPY");
        assertThat(answer.body().path("asOf").asString()).isNotBlank();

        Response unknown = api.get("/api/v1/availability/NO-SUCH-SKU-" + UUID.randomUUID().toString()
                .substring(0, 8).toUpperCase(), null);
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.body().path("inStock").asBoolean()).isFalse();

        Response bad = api.get("/api/v1/availability/not a sku", null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("code").asString()).isEqualTo("validation-failed");
    }
}

package com.fleetcommerce.pricing.price.web;

import static com.fleetcommerce.pricing.PricingFixtures.READER;
import static com.fleetcommerce.pricing.PricingFixtures.WRITER;
import static com.fleetcommerce.pricing.PricingFixtures.assertProblem;
import static com.fleetcommerce.pricing.PricingFixtures.body;
import static com.fleetcommerce.pricing.PricingFixtures.money;
import static com.fleetcommerce.pricing.PricingFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.pricing.PricingFixtures;
import com.fleetcommerce.pricing.PricingIntegrationTest;
import com.fleetcommerce.testsupport.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Prices through the staff API: upsert by natural key, delete; every bad input is a 4xx and changes nothing. */
@PricingIntegrationTest
class PriceApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    PricingFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        fixtures = new PricingFixtures(api);
    }

    @Test
    void putUpsertsByListSkuAndWarehouseAndDeleteRemoves() {
        UUID list = fixtures.list("VND", 0);
        String sku = unique("SKU");
        UUID warehouse = UUID.randomUUID();
        UUID product = UUID.randomUUID();

        ApiClient.Response first = fixtures.put(list, body("sku", sku, "productId", product,
                "amount", money("199000", "VND"),
                "tiers", List.of(body("minQuantity", 10, "amount", money("180000", "VND")))));
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.body().path("amount").path("amount").asString()).isEqualTo("199000");
        assertThat(first.body().path("taxClass").asString()).isEqualTo("STANDARD");
        assertThat(first.body().path("productId").isNull()).as("a SKU-level price").isTrue();
        assertThat(first.body().path("tiers").get(0).path("minQuantity").asLong()).isEqualTo(10);

        ApiClient.Response replaced = fixtures.put(list, body("sku", sku, "amount", money("189000", "VND"),
                "taxClass", "REDUCED"));
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.body().path("id").asString()).isEqualTo(first.body().path("id").asString());
        assertThat(replaced.body().path("tiers").size()).isZero();

        assertThat(fixtures.put(list, body("sku", sku, "warehouseId", warehouse,
                "amount", money("185000", "VND"))).status()).isEqualTo(201);
        assertThat(fixtures.put(list, body("productId", product, "amount", money("150000", "VND"))).status())
                .isEqualTo(201);

        JsonNode page = fixtures.prices(list);
        assertThat(page.path("totalElements").asLong()).isEqualTo(3);
        assertThat(jdbc.queryForObject("select product_id from sku_product where sku = ?", UUID.class, sku))
                .isEqualTo(product);

        ApiClient.Response deleted = api.send(HttpMethod.DELETE, "/api/v1/price-lists/" + list + "/prices?sku=" + sku
                + "&warehouseId=" + warehouse, WRITER, null, Map.of());
        assertThat(deleted.status()).isEqualTo(204);
        assertProblem(api.send(HttpMethod.DELETE, "/api/v1/price-lists/" + list + "/prices?sku=" + sku
                + "&warehouseId=" + warehouse, WRITER, null, Map.of()), 404, "not-found");
        assertThat(fixtures.prices(list).path("totalElements").asLong()).isEqualTo(2);
    }

    @Test
    void refusesEveryBadPriceAndChangesNothing() {
        UUID list = fixtures.list("VND", 0);
        UUID sale = fixtures.list(unique("SALE"), "USD", "SALE", 0, false);
        String sku = unique("SKU");
        fixtures.skuPrice(list, sku, "100000", "VND");
        String before = fixtures.prices(list).toString();
        long outbox = outboxRows();

        assertProblem(fixtures.put(list, body("sku", sku, "amount", money("-1", "VND"))), 400, "negative-amount");
        assertProblem(fixtures.put(list, body("sku", sku, "amount", money("1000", "ABC"))), 400,
                "validation-failed");
        assertProblem(fixtures.put(list, body("sku", sku, "amount", money("10.50", "USD"))), 400,
                "currency-mismatch");
        assertProblem(fixtures.put(list, body("sku", sku, "amount", money("1000.5", "VND"))), 400,
                "validation-failed");
        assertProblem(fixtures.put(list, body("sku", sku, "amount", money("1000", "VND"),
                "tiers", List.of(body("minQuantity", 5, "amount", money("900", "VND")),
                        body("minQuantity", 5, "amount", money("800", "VND"))))), 400, "overlapping-tiers");
        assertProblem(fixtures.put(list, body("sku", sku, "amount", money("1000", "VND"),
                "tiers", List.of(body("minQuantity", 5, "amount", money("900", "USD"))))), 400,
                "currency-mismatch");
        assertProblem(fixtures.put(list, body("sku", sku, "amount", money("1000", "VND"),
                "tiers", List.of(body("minQuantity", 1, "amount", money("900", "VND"))))), 400, "invalid-tier");
        assertProblem(fixtures.put(list, body("sku", sku, "amount", money("1000", "VND"),
                "tiers", List.of(body("minQuantity", 5, "amount", money("-900", "VND"))))), 400,
                "negative-amount");
        assertProblem(fixtures.put(list, body("sku", sku, "amount", money("1000", "VND"),
                "validFrom", "2026-03-01T00:00:00Z", "validTo", "2026-02-01T00:00:00Z")), 400, "window-invalid");
        assertProblem(fixtures.put(list, body("sku", sku, "amount", money("1000", "VND"),
                "compareAt", money("2000", "VND"))), 400, "compare-at-not-allowed");
        assertProblem(fixtures.put(list, body("sku", sku, "amount", money("1000", "VND"), "taxClass", "LUXURY")),
                422, "unknown-tax-class");
        assertProblem(fixtures.put(list, body("amount", money("1000", "VND"))), 400, "invalid-target");
        assertProblem(fixtures.put(list, body("sku", "not a sku", "amount", money("1000", "VND"))), 400,
                "invalid-sku");
        assertProblem(fixtures.put(UUID.randomUUID(), body("sku", sku, "amount", money("1000", "VND"))), 404,
                "not-found");
        assertProblem(fixtures.put(sale, body("sku", sku, "amount", money("10.00", "USD"))), 400, "amount-required");
        assertProblem(fixtures.put(sale, body("sku", sku, "amount", money("10.00", "USD"),
                "compareAt", money("9.99", "USD"))), 400, "compare-at-below-price");
        assertThat(api.send(HttpMethod.PUT, "/api/v1/price-lists/" + list + "/prices", READER,
                body("sku", sku, "amount", money("1", "VND")), Map.of()).status()).isEqualTo(403);
        assertProblem(api.send(HttpMethod.DELETE, "/api/v1/price-lists/" + list + "/prices", WRITER, null, Map.of()),
                400, "invalid-target");

        assertThat(fixtures.prices(list).toString()).isEqualTo(before);
        assertThat(fixtures.prices(sale).path("totalElements").asLong()).isZero();
        assertThat(outboxRows()).as("no event for a refused change").isEqualTo(outbox);
    }

    private long outboxRows() {
        return jdbc.queryForObject("select count(*) from outbox_event", Long.class);
    }
}

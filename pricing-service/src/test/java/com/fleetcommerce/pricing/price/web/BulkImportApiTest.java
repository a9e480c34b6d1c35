package com.fleetcommerce.pricing.price.web;

import static com.fleetcommerce.pricing.PricingFixtures.WRITER;
import static com.fleetcommerce.pricing.PricingFixtures.assertProblem;
import static com.fleetcommerce.pricing.PricingFixtures.body;
import static com.fleetcommerce.pricing.PricingFixtures.money;
import static com.fleetcommerce.pricing.PricingFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.pricing.PricingFixtures;
import com.fleetcommerce.pricing.PricingIntegrationTest;
import com.fleetcommerce.testsupport.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/** Bulk import: 20,000 rows in one request, events for what moved, a repeat moves nothing, bad rows change nothing. */
@PricingIntegrationTest
class BulkImportApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void importsManyRowsAllOrNothing() {
        ApiClient api = new ApiClient(port);
        PricingFixtures fixtures = new PricingFixtures(api);
        String vnd = unique("BULK-VND");
        String usd = unique("BULK-USD");
        UUID vndId = fixtures.list(vnd, "VND", "REGULAR", 0, true);
        UUID usdId = fixtures.list(usd, "USD", "REGULAR", 0, false);
        String prefix = unique("B");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            rows.add(body("priceList", vnd, "sku", prefix + "-" + i, "amount", money(String.valueOf(1000 + i), "VND")));
            rows.add(body("priceList", usd, "sku", prefix + "-" + i, "amount", money("1.25", "USD"),
                    "tiers", List.of(body("minQuantity", 10, "amount", money("1.00", "USD")))));
        }
        long outbox = count("select count(*) from outbox_event where topic = 'pricing.price'");

        ApiClient.Response imported = put(api, rows);
        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
        assertThat(imported.body().path("received").asInt()).isEqualTo(20_000);
        assertThat(imported.body().path("events").asInt()).isEqualTo(20_000);
        assertThat(fixtures.prices(vndId).path("totalElements").asLong()).isEqualTo(10_000);
        assertThat(fixtures.prices(usdId).path("totalElements").asLong()).isEqualTo(10_000);
        assertThat(count("select count(*) from outbox_event where topic = 'pricing.price'")).isEqualTo(outbox + 20_000);
        assertThat(api.get("/api/v1/prices/effective?sku=" + prefix + "-42&currency=USD&quantity=12", null)
                .body().path("unitPrice").path("amount").asString()).isEqualTo("1.00");

        ApiClient.Response again = put(api, rows);
        assertThat(again.body().path("events").asInt()).as("a repeat moves no price").isZero();

        // one bad row refuses everything
        List<Map<String, Object>> bad = new ArrayList<>();
        bad.add(body("priceList", vnd, "sku", prefix + "-0", "amount", money("5", "VND")));
        bad.add(body("priceList", vnd, "sku", prefix + "-1", "amount", money("-5", "VND")));
        bad.add(body("priceList", "NO-SUCH-LIST", "sku", prefix + "-2", "amount", money("5", "VND")));
        bad.add(body("priceList", vnd, "sku", prefix + "-0", "amount", money("6", "VND")));
        bad.add(body("priceList", vnd, "sku", prefix + "-3", "amount", money("5.00", "USD")));
        ApiClient.Response refused = put(api, bad);
        assertProblem(refused, 400, "invalid-rows");
        assertThat(refused.body().path("rows").valueStream().map(r -> r.path("index").asInt() + ":"
                + r.path("code").asString()))
                .containsExactly("1:negative-amount", "2:unknown-price-list", "3:duplicate-rows",
                        "4:currency-mismatch");
        assertThat(api.get("/api/v1/prices/effective?sku=" + prefix + "-0&currency=VND", null)
                .body().path("unitPrice").path("amount").asString()).isEqualTo("1000");
        assertThat(count("select count(*) from outbox_event where topic = 'pricing.price'")).isEqualTo(outbox + 20_000);
    }

    private static ApiClient.Response put(ApiClient api, List<Map<String, Object>> rows) {
        return api.send(HttpMethod.PUT, "/api/v1/prices/bulk", WRITER, Map.of("rows", rows), Map.of());
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}

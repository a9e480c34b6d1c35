package com.fleetcommerce.pricing.price.web;

import static com.fleetcommerce.pricing.PricingFixtures.READER;
import static com.fleetcommerce.pricing.PricingFixtures.WRITER;
import static com.fleetcommerce.pricing.PricingFixtures.assertProblem;
import static com.fleetcommerce.pricing.PricingFixtures.body;
import static com.fleetcommerce.pricing.PricingFixtures.line;
import static com.fleetcommerce.pricing.PricingFixtures.money;
import static com.fleetcommerce.pricing.PricingFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.pricing.PricingFixtures;
import com.fleetcommerce.pricing.PricingIntegrationTest;
import com.fleetcommerce.pricing.TaxRatesFixture;
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
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Price rules over HTTP: they adjust quotes and effective prices of their base list's products (by id, brand or
 * category), publish the prices they move when created, revised and deactivated, and every bad rule is a 4xx with
 * nothing changed.
 */
@PricingIntegrationTest
class PriceRuleApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    CatalogProductSync catalog;

    @Test
    void aBrandRuleAdjustsQuotesAndPublishesWhatItMoves() {
        PricingFixtures fixtures = new PricingFixtures(new ApiClient(port));
        TaxRatesFixture.vietnam(fixtures.api());
        UUID product = UUID.randomUUID();
        UUID brand = UUID.randomUUID();
        String sku = unique("RULE");
        String other = unique("NORULE");
        String listCode = unique("BASE");
        UUID base = fixtures.list(listCode, "VND", "REGULAR", 0, true);
        fixtures.putOk(base, body("sku", sku, "amount", money("200000", "VND")));
        fixtures.putOk(base, body("sku", other, "amount", money("50000", "VND")));
        catalog.apply(new CatalogProduct(product, brand, List.of(UUID.randomUUID()), List.of(sku), true, 1));

        try (KafkaConsumer<String, String> consumer = TestKafkaConsumers.strings(bootstrapServers)) {
            consumer.subscribe(List.of(PriceChangeEvents.TOPIC));
            List<JsonNode> seen = new ArrayList<>();
            String ruleCode = unique("CLEAR");
            ApiClient.Response created = fixtures.api().send(HttpMethod.POST, "/api/v1/price-rules", WRITER,
                    body("code", ruleCode, "name", "Weekend clearance", "baseList", listCode, "kind", "PERCENTAGE",
                            "percentage", "10", "target", body("kind", "BRANDS", "ids", List.of(brand)),
                            "validFrom", "2020-01-01T00:00:00Z", "validTo", "2099-01-01T00:00:00Z"),
                    Map.of());
            assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
            assertThat(created.headers().getETag()).isEqualTo("\"0\"");
            String id = created.body().path("id").asString();
            assertThat(created.body().path("percentage").asString()).isEqualTo("10");

            ApiClient.Response quote = fixtures.quote(body("currency", "VND", "country", "VN",
                    "lines", List.of(line(sku, 2), line(other, 1))));
            assertThat(quote.status()).as(quote.body().toString()).isEqualTo(200);
            JsonNode ruled = quote.body().path("lines").get(0);
            assertThat(ruled.path("unitPrice").path("amount").asString()).isEqualTo("180000");
            assertThat(ruled.path("compareAt").path("amount").asString()).isEqualTo("200000");
            assertThat(ruled.path("matched").path("rule").path("code").asString()).isEqualTo(ruleCode);
            assertThat(ruled.path("matched").path("explanation").asString()).contains("rule " + ruleCode);
            assertThat(ruled.path("lineTotal").path("amount").asString()).isEqualTo("360000");
            assertThat(quote.body().path("lines").get(1).path("matched").path("rule").isNull()).isTrue();
            JsonNode one = fixtures.api().get("/api/v1/prices/effective?sku=" + sku + "&currency=VND", null).body();
            assertThat(one.path("unitPrice").path("amount").asString()).isEqualTo("180000");

            ApiClient.Response revised = fixtures.api().send(HttpMethod.PUT, "/api/v1/price-rules/" + id, WRITER,
                    body("kind", "FIXED", "amount", money("30000", "VND"),
                            "target", body("kind", "PRODUCTS", "ids", List.of(product))),
                    Map.of("If-Match", "\"0\""));
            assertThat(revised.status()).as(revised.body().toString()).isEqualTo(200);
            assertThat(fixtures.api().get("/api/v1/prices/effective?sku=" + sku + "&currency=VND", null).body()
                    .path("unitPrice").path("amount").asString()).isEqualTo("170000");

            ApiClient.Response off = fixtures.api().send(HttpMethod.POST, "/api/v1/price-rules/" + id + "/deactivate",
                    WRITER, null, Map.of("If-Match", "\"1\""));
            assertThat(off.status()).as(off.body().toString()).isEqualTo(200);
            assertThat(off.body().path("active").asBoolean()).isFalse();
            assertThat(fixtures.api().get("/api/v1/prices/effective?sku=" + sku + "&currency=VND", null).body()
                    .path("unitPrice").path("amount").asString()).isEqualTo("200000");
            assertThat(fixtures.api().get("/api/v1/price-rules/" + id, READER).status()).isEqualTo(200);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (sku.equals(r.key()) || other.equals(r.key())) {
                        seen.add(JSON.readTree(r.value()));
                    }
                }
                // the other SKU is priced by the same list but no rule covers it: it never moves
                assertThat(seen).extracting(e -> e.path("sku").asString() + "=" + e.path("amount").asString())
                        .containsSubsequence(sku + "=180000", sku + "=170000", sku + "=200000")
                        .doesNotContain(other + "=45000");
                // only its own price put, before the rule existed
                assertThat(seen).filteredOn(e -> e.path("sku").asString().equals(other)).hasSize(1);
            });
            assertThat(seen.stream().filter(e -> e.path("amount").asString().equals("180000")).findFirst()
                    .orElseThrow().path("compareAt").asString()).isEqualTo("200000");
        }
    }

    @Test
    void aCategoryRuleWithAWindowAppliesOnlyInside() {
        PricingFixtures fixtures = new PricingFixtures(new ApiClient(port));
        TaxRatesFixture.vietnam(fixtures.api());
        UUID product = UUID.randomUUID();
        UUID category = UUID.randomUUID();
        String sku = unique("CATRULE");
        String listCode = unique("USDBASE");
        UUID base = fixtures.list(listCode, "USD", "REGULAR", 0, false);
        fixtures.putOk(base, body("sku", sku, "amount", money("19.99", "USD")));
        catalog.apply(new CatalogProduct(product, null, List.of(UUID.randomUUID(), category), List.of(sku), true, 1));
        Instant start = Instant.parse("2031-05-03T00:00:00Z");
        ApiClient.Response created = fixtures.api().send(HttpMethod.POST, "/api/v1/price-rules", WRITER,
                body("code", unique("WEEKEND"), "baseList", listCode, "kind", "PERCENTAGE", "percentage", "12.5",
                        "target", body("kind", "CATEGORIES", "ids", List.of(category)),
                        "validFrom", start.toString(), "validTo", start.plus(Duration.ofDays(2)).toString()),
                Map.of());
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);

        assertThat(unitAt(fixtures, sku, start.minusMillis(1))).isEqualTo("19.99");
        assertThat(unitAt(fixtures, sku, start)).isEqualTo("17.49");
        assertThat(unitAt(fixtures, sku, start.plus(Duration.ofDays(2)).minusMillis(1))).isEqualTo("17.49");
        assertThat(unitAt(fixtures, sku, start.plus(Duration.ofDays(2)))).isEqualTo("19.99");
    }

    @Test
    void badRulesAreRefusedAndNothingChanges() {
        PricingFixtures fixtures = new PricingFixtures(new ApiClient(port));
        String listCode = unique("REFUSE");
        fixtures.list(listCode, "VND", "REGULAR", 0, true);
        Map<String, Object> target = body("kind", "PRODUCTS", "ids", List.of(UUID.randomUUID()));
        long before = count(fixtures);

        assertProblem(create(fixtures, body("code", unique("R"), "baseList", listCode, "kind", "PERCENTAGE",
                "percentage", "0", "target", target)), 400, "invalid-percentage");
        assertProblem(create(fixtures, body("code", unique("R"), "baseList", listCode, "kind", "PERCENTAGE",
                "percentage", "100.01", "target", target)), 400, "invalid-percentage");
        assertProblem(create(fixtures, body("code", unique("R"), "baseList", listCode, "kind", "PERCENTAGE",
                "percentage", "-5", "target", target)), 400, "invalid-percentage");
        ApiClient.Response negative = create(fixtures, body("code", unique("R"), "baseList", listCode,
                "kind", "FIXED", "amount", money("-1000", "VND"), "target", target));
        assertThat(negative.status()).as(negative.body().toString()).isEqualTo(400);
        assertThat(negative.body().path("code").asString()).isIn("negative-amount", "validation-failed");
        // Money's own binding refuses a VND amount with decimals (validation-failed, field amount.amount)
        assertThat(create(fixtures, body("code", unique("R"), "baseList", listCode, "kind", "FIXED",
                "amount", money("10.5", "VND"), "target", target)).status()).isEqualTo(400);
        assertProblem(create(fixtures, body("code", unique("R"), "baseList", listCode, "kind", "FIXED",
                "amount", money("1000", "USD"), "target", target)), 400, "currency-mismatch");
        assertProblem(create(fixtures, body("code", unique("R"), "baseList", unique("NOPE"), "kind", "PERCENTAGE",
                "percentage", "10", "target", target)), 400, "unknown-price-list");
        assertProblem(create(fixtures, body("code", unique("R"), "baseList", listCode, "kind", "PERCENTAGE",
                "percentage", "10", "target", target, "validFrom", "2030-02-01T00:00:00Z",
                "validTo", "2030-01-01T00:00:00Z")), 400, "window-invalid");
        assertProblem(create(fixtures, body("code", unique("R"), "baseList", listCode, "kind", "PERCENTAGE",
                "percentage", "10", "target", body("kind", "BRANDS", "ids", List.of()))), 400, "empty-target");
        assertProblem(create(fixtures, body("code", unique("R"), "baseList", listCode, "kind", "PERCENTAGE",
                "percentage", "10", "target", body("kind", "BRANDS"))), 400, "empty-target");
        assertProblem(create(fixtures, body("code", unique("R"), "baseList", listCode, "kind", "PERCENTAGE",
                "amount", money("1000", "VND"), "target", target)), 400, "invalid-adjustment");
        assertProblem(create(fixtures, body("code", unique("R"), "baseList", listCode, "percentage", "10",
                "target", target)), 400, "validation-failed");
        assertThat(count(fixtures)).isEqualTo(before);

        String code = unique("DUP");
        assertThat(create(fixtures, body("code", code, "baseList", listCode, "kind", "PERCENTAGE", "percentage", "5",
                "target", target)).status()).isEqualTo(201);
        assertProblem(create(fixtures, body("code", code, "baseList", listCode, "kind", "PERCENTAGE",
                "percentage", "5", "target", target)), 409, "price-rule-code-taken");
        assertThat(count(fixtures)).isEqualTo(before + 1);
        assertThat(fixtures.api().send(HttpMethod.POST, "/api/v1/price-rules", READER,
                body("code", unique("R"), "baseList", listCode, "kind", "PERCENTAGE", "percentage", "5",
                        "target", target), Map.of()).status()).isEqualTo(403);
    }

    private static ApiClient.Response create(PricingFixtures fixtures, Map<String, Object> body) {
        return fixtures.api().send(HttpMethod.POST, "/api/v1/price-rules", WRITER, body, Map.of());
    }

    private static long count(PricingFixtures fixtures) {
        return fixtures.api().get("/api/v1/price-rules?size=1", READER).body().path("totalElements").asLong();
    }

    private static String unitAt(PricingFixtures fixtures, String sku, Instant at) {
        // a quote, because it prices any instant (the effective-price endpoint prices now)
        ApiClient.Response quote = fixtures.quote(body("currency", "USD", "country", "VN", "at", at.toString(),
                "lines", List.of(line(sku, 1))));
        assertThat(quote.status()).as(quote.body().toString()).isEqualTo(200);
        return quote.body().path("lines").get(0).path("unitPrice").path("amount").asString();
    }
}

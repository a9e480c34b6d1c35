package com.fleetcommerce.pricing.price.application;

import static com.fleetcommerce.pricing.PricingFixtures.WRITER;
import static com.fleetcommerce.pricing.PricingFixtures.body;
import static com.fleetcommerce.pricing.PricingFixtures.money;
import static com.fleetcommerce.pricing.PricingFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

/**
 * Scheduled transitions of rule and list windows (price windows are covered by pricing-worker's test, through the
 * job): each boundary, at its exact instant, publishes one event with the new effective price. Explicit instants
 * far in the future and a watermark of this test's own, so the shared database's other tests are unaffected.
 */
@PricingIntegrationTest
class ScheduledTransitionsTest {

    @LocalServerPort
    int port;
    @Autowired
    ScheduledTransitions transitions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void ruleAndListWindowsPublishAtTheirStartAndEnd() {
        PricingFixtures fixtures = new PricingFixtures(new ApiClient(port));
        String sku = unique("TRANS");
        UUID product = UUID.randomUUID();
        String baseCode = unique("TBASE");
        UUID base = fixtures.list(baseCode, "VND", "REGULAR", 0, true);
        fixtures.putOk(base, body("sku", sku, "productId", product, "amount", money("100000", "VND")));
        Instant ruleStart = Instant.now().plus(Duration.ofDays(7300)).truncatedTo(ChronoUnit.SECONDS);
        Instant ruleEnd = ruleStart.plus(Duration.ofDays(1));
        Instant listStart = ruleStart.plus(Duration.ofDays(10));
        Instant listEnd = listStart.plus(Duration.ofDays(1));
        ApiClient.Response rule = fixtures.api().send(HttpMethod.POST, "/api/v1/price-rules", WRITER,
                body("code", unique("TRULE"), "baseList", baseCode, "kind", "PERCENTAGE", "percentage", "20",
                        "target", body("kind", "PRODUCTS", "ids", List.of(product)),
                        "validFrom", ruleStart.toString(), "validTo", ruleEnd.toString()), Map.of());
        assertThat(rule.status()).as(rule.body().toString()).isEqualTo(201);
        UUID seasonal = fixtures.list(unique("TSEASON"), "VND", "REGULAR", 5, true,
                "validFrom", listStart.toString(), "validTo", listEnd.toString());
        fixtures.putOk(seasonal, body("sku", sku, "amount", money("90000", "VND")));
        String watermark = unique("test-transitions");

        assertThat(transitions.advance(watermark, ruleStart.minus(Duration.ofHours(1))).events()).isZero();
        assertThat(transitions.advance(watermark, ruleStart.minusMillis(1)).events()).isZero();
        assertThat(transitions.advance(watermark, ruleStart).events()).isEqualTo(1);          // start inclusive
        assertThat(transitions.advance(watermark, ruleEnd.minusMillis(1)).events()).isZero();
        assertThat(transitions.advance(watermark, ruleEnd).events()).isEqualTo(1);            // end exclusive
        assertThat(transitions.advance(watermark, listStart.plus(Duration.ofHours(1))).events()).isEqualTo(1);
        assertThat(transitions.advance(watermark, listEnd.plus(Duration.ofHours(1))).events()).isEqualTo(1);

        List<String> amounts = jdbc.queryForList("""
                select coalesce(payload ->> 'amount', '-') from outbox_event
                 where message_key = ? and event_type = 'pricing.price.changed.v1' order by seq""", String.class, sku);
        // the put, the rule's start and end, the seasonal list's start and end
        assertThat(amounts).containsExactly("100000", "80000", "100000", "90000", "100000");
    }
}

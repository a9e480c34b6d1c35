package com.fleetcommerce.pricing.audit;

import static com.fleetcommerce.pricing.PricingFixtures.body;
import static com.fleetcommerce.pricing.PricingFixtures.money;
import static com.fleetcommerce.pricing.PricingFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.pricing.PricingIntegrationTest;
import com.fleetcommerce.testsupport.ApiClient;
import com.fleetcommerce.testsupport.PublishedAuditRecords;
import com.fleetcommerce.testsupport.PublishedAuditRecords.Expected;
import com.fleetcommerce.testsupport.TestJwts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Staff actions through the API leave one {@code audit.recorded.v1} record each on {@code audit.events} (shared-audit,
 * through the outbox), attributed to the token's subject; a refused action leaves none.
 */
@PricingIntegrationTest
class StaffActionAuditTest {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void staffActionsAreAuditedWithActorResourceAndChangedFields() {
        String actor = UUID.randomUUID().toString();
        String token = TestJwts.staff(actor).permissions("prices:write", "prices:read").token();
        ApiClient api = new ApiClient(port);
        List<Expected> expected = new ArrayList<>();

        String listCode = unique("AUD");
        ApiClient.Response created = ok(api.send(HttpMethod.POST, "/api/v1/price-lists", token,
                body("code", listCode, "name", "Audit list", "currency", "VND", "taxInclusive", true), Map.of()));
        String listId = created.body().path("id").asString();
        expected.add(new Expected("price-list.created", "price-list", listId, "code", listCode));

        ok(api.send(HttpMethod.PUT, "/api/v1/price-lists/" + listId, token,
                body("name", "Audit list 2", "priority", 3, "taxInclusive", true), Map.of("If-Match", "\"0\"")));
        expected.add(new Expected("price-list.revised", "price-list", listId, "name", "Audit list 2"));

        String sku = unique("AUD-SKU");
        ok(api.send(HttpMethod.PUT, "/api/v1/price-lists/" + listId + "/prices", token,
                body("sku", sku, "amount", money("120000", "VND")), Map.of()));
        expected.add(new Expected("price.put", "price", listCode + "/" + sku, "amount", "120000"));

        String gone = unique("AUD-GONE");
        ok(api.send(HttpMethod.PUT, "/api/v1/price-lists/" + listId + "/prices", token,
                body("sku", gone, "amount", money("5000", "VND")), Map.of()));
        expected.add(new Expected("price.put", "price", listCode + "/" + gone, "amount", "5000"));
        ok(api.send(HttpMethod.DELETE, "/api/v1/price-lists/" + listId + "/prices?sku=" + gone, token, null,
                Map.of()));
        expected.add(new Expected("price.deleted", "price", listCode + "/" + gone, null, null));

        String taxClass = unique("AUDTAX").replace('-', '_');
        ok(api.send(HttpMethod.PUT, "/api/v1/tax-classes/" + taxClass, token, Map.of("name", "Audited"), Map.of()));
        expected.add(new Expected("tax-class.created", "tax-class", taxClass, "name", "Audited"));
        ok(api.send(HttpMethod.PUT, "/api/v1/tax-classes/" + taxClass + "/rates", token,
                Map.of("country", "VN", "rate", "7"), Map.of()));
        expected.add(new Expected("tax-rate.created", "tax-rate", taxClass + "/VN", "ratePercent", "7"));

        String ruleCode = unique("AUDRULE");
        ApiClient.Response rule = ok(api.send(HttpMethod.POST, "/api/v1/price-rules", token,
                body("code", ruleCode, "name", "Audited rule", "baseList", listCode, "kind", "PERCENTAGE",
                        "percentage", "10", "target", body("kind", "BRANDS", "ids", List.of(UUID.randomUUID()))),
                Map.of()));
        expected.add(new Expected("price-rule.created", "price-rule", rule.body().path("id").asString(), "code",
                ruleCode));

        ok(api.send(HttpMethod.PUT, "/api/v1/prices/bulk", token, Map.of("rows", List.of(
                body("priceList", listCode, "sku", unique("AUD-B"), "amount", money("1000", "VND")),
                body("priceList", listCode, "sku", unique("AUD-B"), "amount", money("2000", "VND")),
                body("priceList", listCode, "sku", unique("AUD-B"), "amount", money("3000", "VND")))), Map.of()));
        expected.add(new Expected("prices.imported", "price-import", null, "rows", "3"));

        List<JsonNode> records = PublishedAuditRecords.await(jdbc, bootstrapServers, actor, expected.size());
        assertThat(records).extracting(r -> r.path("action").asString())
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(Expected::action).toList());
        for (Expected e : expected) {
            JsonNode record = PublishedAuditRecords.recordOf(records, "pricing-service", e);
            if (e.resourceId() != null) {
                assertThat(record.path("resourceId").asString()).as(e.action()).isEqualTo(e.resourceId());
            }
            if (e.field() != null) {
                PublishedAuditRecords.assertSameValue(record.path("after").path(e.field()), e.value(), e.action());
            } else {
                assertThat(record.path("after").isMissingNode() || record.path("after").isNull()).as(e.action())
                        .isTrue();
            }
        }
        // a revision keeps only what changed, not the whole list
        JsonNode revised = records.stream().filter(r -> r.path("action").asString().equals("price-list.revised"))
                .findFirst().orElseThrow();
        assertThat(revised.path("before").path("name").asString()).isEqualTo("Audit list");
        assertThat(revised.path("after").has("code")).isFalse();
        assertThat(revised.path("after").path("priority").asInt()).isEqualTo(3);
    }

    @Test
    void refusedActionsAreNotAudited() {
        String actor = UUID.randomUUID().toString();
        String token = TestJwts.staff(actor).permissions("prices:write", "prices:read").token();
        ApiClient api = new ApiClient(port);
        String listCode = unique("AUDNO");
        String listId = ok(api.send(HttpMethod.POST, "/api/v1/price-lists", token,
                body("code", listCode, "currency", "VND", "taxInclusive", true), Map.of())).body().path("id")
                .asString();
        long before = PublishedAuditRecords.writtenBy(jdbc, actor);

        List<ApiClient.Response> refused = List.of(
                api.send(HttpMethod.POST, "/api/v1/price-lists", token,
                        body("code", unique("AUDNO"), "currency", "XXQ", "taxInclusive", true), Map.of()),
                api.send(HttpMethod.POST, "/api/v1/price-lists", token,
                        body("code", listCode, "currency", "VND", "taxInclusive", true), Map.of()),
                api.send(HttpMethod.PUT, "/api/v1/price-lists/" + listId, token,
                        body("name", "stale", "taxInclusive", true), Map.of("If-Match", "\"7\"")),
                api.send(HttpMethod.PUT, "/api/v1/price-lists/" + listId + "/prices", token,
                        body("sku", unique("AUDNO"), "amount", money("-1", "VND")), Map.of()),
                api.send(HttpMethod.PUT, "/api/v1/tax-classes/bad-code", token, Map.of("name", "x"), Map.of()),
                api.send(HttpMethod.PUT, "/api/v1/prices/bulk", token, Map.of("rows", List.of(
                        body("priceList", "NO-SUCH-LIST", "sku", unique("AUDNO"), "amount", money("1", "VND")))),
                        Map.of()));
        assertThat(refused).allSatisfy(r -> assertThat(r.status()).as(r.body().toString()).isBetween(400, 499));
        assertThat(PublishedAuditRecords.writtenBy(jdbc, actor)).isEqualTo(before);

        // the one accepted action afterwards is the only record of this caller that reaches the topic
        ok(api.send(HttpMethod.POST, "/api/v1/price-lists/" + listId + "/deactivate", token, null,
                Map.of("If-Match", "\"0\"")));
        List<JsonNode> records = PublishedAuditRecords.await(jdbc, bootstrapServers, actor, 2);
        assertThat(records).extracting(r -> r.path("action").asString())
                .containsExactlyInAnyOrder("price-list.created", "price-list.deactivated");
    }

    private static ApiClient.Response ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body() == null ? "" : response.body().toString())
                .isBetween(200, 299);
        return response;
    }
}

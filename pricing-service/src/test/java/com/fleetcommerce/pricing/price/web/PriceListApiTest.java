package com.fleetcommerce.pricing.price.web;

import static com.fleetcommerce.pricing.PricingFixtures.READER;
import static com.fleetcommerce.pricing.PricingFixtures.WRITER;
import static com.fleetcommerce.pricing.PricingFixtures.assertProblem;
import static com.fleetcommerce.pricing.PricingFixtures.body;
import static com.fleetcommerce.pricing.PricingFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.pricing.PricingFixtures;
import com.fleetcommerce.pricing.PricingIntegrationTest;
import com.fleetcommerce.testsupport.ApiClient;
import com.fleetcommerce.testsupport.TestJwts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/** Price lists through the staff API: create, read, revise with If-Match, deactivate; every refusal changes nothing. */
@PricingIntegrationTest
class PriceListApiTest {

    @LocalServerPort
    int port;

    ApiClient api;
    PricingFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        fixtures = new PricingFixtures(api);
    }

    @Test
    void createsRevisesAndDeactivatesAList() {
        String code = unique("VND-RETAIL");
        ApiClient.Response created = api.send(HttpMethod.POST, "/api/v1/price-lists", WRITER,
                body("code", code, "name", "Retail", "currency", "VND", "priority", 5, "taxInclusive", true,
                        "customerGroup", "VIP", "validFrom", "2026-01-01T00:00:00Z"), Map.of());
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.headers().getETag()).isEqualTo("\"0\"");
        assertThat(created.headers().getLocation().getPath()).endsWith(created.body().path("id").asString());
        assertThat(created.body().path("kind").asString()).isEqualTo("REGULAR");
        assertThat(created.body().path("customerGroup").asString()).isEqualTo("VIP");
        String id = created.body().path("id").asString();

        ApiClient.Response read = api.get("/api/v1/price-lists/" + id, READER);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().path("code").asString()).isEqualTo(code);
        assertThat(read.body().path("validFrom").asString()).isEqualTo("2026-01-01T00:00:00Z");

        ApiClient.Response revised = api.send(HttpMethod.PUT, "/api/v1/price-lists/" + id, WRITER,
                body("name", "Retail 2", "priority", 7, "taxInclusive", false), Map.of("If-Match", "\"0\""));
        assertThat(revised.status()).isEqualTo(200);
        assertThat(revised.headers().getETag()).isEqualTo("\"1\"");
        assertThat(revised.body().path("priority").asInt()).isEqualTo(7);
        assertThat(revised.body().path("customerGroup").isNull()).isTrue();

        ApiClient.Response stale = api.send(HttpMethod.POST, "/api/v1/price-lists/" + id + "/deactivate", WRITER,
                null, Map.of("If-Match", "\"0\""));
        assertThat(stale.status()).isEqualTo(412);
        ApiClient.Response deactivated = api.send(HttpMethod.POST, "/api/v1/price-lists/" + id + "/deactivate",
                WRITER, null, Map.of("If-Match", "\"1\""));
        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.body().path("active").asBoolean()).isFalse();

        ApiClient.Response page = api.get("/api/v1/price-lists?size=200", READER);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().path("items").valueStream().map(n -> n.path("code").asString())).contains(code);
    }

    @Test
    void refusesBadListsAndChangesNothing() {
        long before = total();
        String code = unique("BAD");
        assertProblem(create(body("code", code, "currency", "XYZ", "taxInclusive", true)), 400, "unknown-currency");
        assertProblem(create(body("code", code, "currency", "XAU", "taxInclusive", true)), 400, "unknown-currency");
        assertProblem(create(body("code", code, "currency", "VND", "taxInclusive", true,
                "validFrom", "2026-02-01T00:00:00Z", "validTo", "2026-01-01T00:00:00Z")), 400, "window-invalid");
        assertProblem(create(body("code", "lower case", "currency", "VND", "taxInclusive", true)), 400,
                "validation-failed");
        assertProblem(create(body("code", code, "currency", "VND")), 400, "validation-failed");
        assertThat(api.send(HttpMethod.POST, "/api/v1/price-lists", READER,
                body("code", code, "currency", "VND", "taxInclusive", true), Map.of()).status()).isEqualTo(403);
        assertThat(api.send(HttpMethod.POST, "/api/v1/price-lists", null,
                body("code", code, "currency", "VND", "taxInclusive", true), Map.of()).status()).isEqualTo(401);
        assertThat(total()).isEqualTo(before);

        UUID id = fixtures.list(code, "VND", "REGULAR", 0, true);
        assertProblem(create(body("code", code, "currency", "USD", "taxInclusive", true)), 409,
                "price-list-code-taken");
        ApiClient.Response badWindow = api.send(HttpMethod.PUT, "/api/v1/price-lists/" + id, WRITER,
                body("priority", 1, "taxInclusive", true, "validFrom", "2026-02-01T00:00:00Z",
                        "validTo", "2026-02-01T00:00:00Z"), Map.of("If-Match", "\"0\""));
        assertProblem(badWindow, 400, "window-invalid");
        assertProblem(api.send(HttpMethod.PUT, "/api/v1/price-lists/" + id, WRITER,
                body("priority", 1, "taxInclusive", true), Map.of()), 428, "precondition-required");
        assertProblem(api.send(HttpMethod.PUT, "/api/v1/price-lists/" + UUID.randomUUID(), WRITER,
                body("priority", 1, "taxInclusive", true), Map.of("If-Match", "\"0\"")), 404, "not-found");
        ApiClient.Response unchanged = api.get("/api/v1/price-lists/" + id, READER);
        assertThat(unchanged.body().path("version").asLong()).isZero();
        assertThat(unchanged.body().path("priority").asInt()).isZero();
        assertThat(total()).isEqualTo(before + 1);
    }

    @Test
    void readsNeedAPricingPermission() {
        assertThat(api.get("/api/v1/price-lists", TestJwts.customer().token()).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/price-lists", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/price-lists", WRITER).status()).isEqualTo(200);
    }

    private ApiClient.Response create(Map<String, Object> body) {
        return api.send(HttpMethod.POST, "/api/v1/price-lists", WRITER, body, Map.of());
    }

    private long total() {
        return api.get("/api/v1/price-lists?size=1", READER).body().path("totalElements").asLong();
    }
}

package com.fleetcommerce.pricing.tax.web;

import static com.fleetcommerce.pricing.PricingFixtures.READER;
import static com.fleetcommerce.pricing.PricingFixtures.WRITER;
import static com.fleetcommerce.pricing.PricingFixtures.assertProblem;
import static com.fleetcommerce.pricing.PricingFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fleetcommerce.testsupport.ApiClient;
import com.fleetcommerce.pricing.PricingIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/** Tax classes and rates through the staff API; bad rates are 4xx and change nothing. */
@PricingIntegrationTest
class TaxApiTest {

    @LocalServerPort
    int port;

    @Test
    void putsClassesAndRegionalRates() {
        ApiClient api = new ApiClient(port);
        String code = unique("LUX").replace('-', '_');
        assertThat(api.send(HttpMethod.PUT, "/api/v1/tax-classes/" + code, WRITER, Map.of("name", "Luxury"),
                Map.of()).status()).isEqualTo(200);
        assertThat(api.send(HttpMethod.PUT, "/api/v1/tax-classes/" + code + "/rates", WRITER,
                Map.of("country", "VN", "rate", "10"), Map.of()).status()).isEqualTo(200);
        ApiClient.Response regional = api.send(HttpMethod.PUT, "/api/v1/tax-classes/" + code + "/rates", WRITER,
                Map.of("country", "VN", "region", "HCM", "rate", "12.5"), Map.of());
        assertThat(regional.status()).isEqualTo(200);
        assertThat(regional.body().path("rate").asString()).isEqualTo("12.5");

        String before = classOf(api, code).toString();
        assertProblem(api.send(HttpMethod.PUT, "/api/v1/tax-classes/" + code + "/rates", WRITER,
                Map.of("country", "VN", "rate", "-1"), Map.of()), 400, "validation-failed");
        assertProblem(api.send(HttpMethod.PUT, "/api/v1/tax-classes/" + code + "/rates", WRITER,
                Map.of("country", "VN", "rate", "100"), Map.of()), 400, "validation-failed");
        assertProblem(api.send(HttpMethod.PUT, "/api/v1/tax-classes/" + code + "/rates", WRITER,
                Map.of("country", "Vietnam", "rate", "5"), Map.of()), 400, "validation-failed");
        assertProblem(api.send(HttpMethod.PUT, "/api/v1/tax-classes/NOPE_" + code + "/rates", WRITER,
                Map.of("country", "VN", "rate", "5"), Map.of()), 404, "not-found");
        assertProblem(api.send(HttpMethod.PUT, "/api/v1/tax-classes/bad-code", WRITER, Map.of("name", "x"), Map.of()),
                400, "validation-failed");
        assertThat(api.send(HttpMethod.PUT, "/api/v1/tax-classes/" + code + "/rates", READER,
                Map.of("country", "VN", "rate", "1"), Map.of()).status()).isEqualTo(403);
        assertThat(classOf(api, code).toString()).isEqualTo(before);
        assertThat(classOf(api, code).path("rates").size()).isEqualTo(2);
    }

    private static JsonNode classOf(ApiClient api, String code) {
        return api.get("/api/v1/tax-classes", READER).body().valueStream()
                .filter(n -> n.path("code").asString().equals(code)).findFirst().orElseThrow();
    }
}

package com.fleetcommerce.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.fleetcommerce.testsupport.ApiClient;
import com.fleetcommerce.testsupport.TestJwts;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

/** API calls the pricing tests share. Every test makes its own codes and SKUs, since they share one database. */
public final class PricingFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    public static final String WRITER = TestJwts.staff().permissions("prices:write").token();
    public static final String READER = TestJwts.staff().permissions("prices:read").token();

    private final ApiClient api;

    public PricingFixtures(ApiClient api) {
        this.api = api;
    }

    public ApiClient api() {
        return api;
    }

    public static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36).toUpperCase() + SEQUENCE.incrementAndGet();
    }

    public static Map<String, Object> money(String amount, String currency) {
        return Map.of("amount", amount, "currency", currency);
    }

    public static Map<String, Object> body(Object... keyValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                body.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return body;
    }

    /** Creates a list and answers its id. */
    public UUID list(String code, String currency, String kind, int priority, boolean taxInclusive,
                     Object... more) {
        Map<String, Object> body = body("code", code, "currency", currency, "kind", kind, "priority", priority,
                "taxInclusive", taxInclusive);
        body.putAll(body(more));
        ApiClient.Response created = api.send(HttpMethod.POST, "/api/v1/price-lists", WRITER, body, Map.of());
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return UUID.fromString(created.body().path("id").asString());
    }

    public UUID list(String currency, int priority) {
        return list(unique("L"), currency, "REGULAR", priority, true);
    }

    public ApiClient.Response put(UUID listId, Map<String, Object> price) {
        return api.send(HttpMethod.PUT, "/api/v1/price-lists/" + listId + "/prices", WRITER, price, Map.of());
    }

    public JsonNode putOk(UUID listId, Map<String, Object> price) {
        ApiClient.Response response = put(listId, price);
        assertThat(response.status()).as(response.body().toString()).isIn(200, 201);
        return response.body();
    }

    public void skuPrice(UUID listId, String sku, String amount, String currency) {
        putOk(listId, body("sku", sku, "amount", money(amount, currency)));
    }

    public ApiClient.Response quote(Map<String, Object> body) {
        return api.send(HttpMethod.POST, "/api/v1/quotes", null, body, Map.of());
    }

    public static Map<String, Object> line(String sku, long quantity) {
        return body("sku", sku, "quantity", quantity);
    }

    public static List<Map<String, Object>> lines(Map<String, Object>... lines) {
        return List.of(lines);
    }

    public JsonNode prices(UUID listId) {
        return api.get("/api/v1/price-lists/" + listId + "/prices?size=200", READER).body();
    }

    public static void assertProblem(ApiClient.Response response, int status, String code) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
        assertThat(response.headers().getContentType().toString()).startsWith("application/problem+json");
        assertThat(response.body().path("code").asString()).as(response.body().toString()).isEqualTo(code);
    }
}

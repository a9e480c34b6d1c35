package com.fleetcommerce.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.fleetcommerce.testsupport.ApiClient.Response;
import com.fleetcommerce.testsupport.ApiClient;
import com.fleetcommerce.testsupport.TestJwts;
import org.springframework.http.HttpMethod;

/** Builds catalog data through the HTTP API, as staff would. Names carry a per-run suffix: the database is shared. */
public final class CatalogFixtures {

    public static final String EDITOR = TestJwts.staff().permissions("catalog:write").token();
    public static final String READER = TestJwts.staff().permissions("catalog:read").token();
    public static final String CLERK = TestJwts.staff().permissions("inventory:write").token();
    public static final String CUSTOMER = TestJwts.customer().token();

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final ApiClient api;

    public CatalogFixtures(ApiClient api) {
        this.api = api;
    }

    /** A name and slug unique in this JVM and across runs on the same database. */
    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8) + " " + SEQUENCE.incrementAndGet();
    }

    public static String uniqueSku(String prefix) {
        return (prefix + "-" + UUID.randomUUID().toString().substring(0, 8)).toUpperCase();
    }

    public UUID category(String name, UUID parentId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("parentId", parentId);
        Response created = api.send(HttpMethod.POST, "/api/v1/categories", EDITOR, body, Map.of());
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return UUID.fromString(created.body().path("id").asString());
    }

    public UUID brand(String name) {
        Response created = api.send(HttpMethod.POST, "/api/v1/brands", EDITOR, Map.of("name", name), Map.of());
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return UUID.fromString(created.body().path("id").asString());
    }

    public static Map<String, Object> sku(String code, Map<String, String> options) {
        Map<String, Object> sku = new LinkedHashMap<>();
        sku.put("code", code);
        sku.put("options", options);
        return sku;
    }

    public static Map<String, Object> product(String name, UUID brandId, List<UUID> categoryIds,
                                              List<Map<String, Object>> skus) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("description", "Described for a test.");
        body.put("brandId", brandId);
        body.put("categoryIds", categoryIds);
        body.put("skus", skus);
        return body;
    }

    public Response createProduct(Map<String, Object> body) {
        return api.send(HttpMethod.POST, "/api/v1/products", EDITOR, body, Map.of());
    }

    /** A product with one SKU, created and published; returns its id. */
    public UUID activeProduct(String name, UUID brandId, List<UUID> categoryIds) {
        Response created = createProduct(product(name, brandId, categoryIds,
                List.of(sku(uniqueSku("T"), Map.of("size", "M")))));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        UUID id = UUID.fromString(created.body().path("id").asString());
        Response active = status(id, "ACTIVE", created.headers().getETag());
        assertThat(active.status()).as(active.body().toString()).isEqualTo(200);
        return id;
    }

    /** An attribute code unique across runs: {@code prefix_<8 hex>}. */
    public static String uniqueCode(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> attributeBody(String code, String type) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", code.replace('_', ' '));
        body.put("type", type);
        return body;
    }

    /** Creates the attribute; returns its id. */
    public UUID attribute(Map<String, Object> body) {
        Response created = api.send(HttpMethod.POST, "/api/v1/attributes", EDITOR, body, Map.of());
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return UUID.fromString(created.body().path("id").asString());
    }

    public static Map<String, Object> line(String code, boolean required) {
        return Map.of("code", code, "required", required);
    }

    /** Replaces the category's own template (reading its current ETag first); returns the response. */
    public Response template(UUID categoryId, List<Map<String, Object>> lines) {
        String etag = api.get("/api/v1/categories/" + categoryId, null).headers().getETag();
        Response replaced = api.send(HttpMethod.PUT, "/api/v1/categories/" + categoryId + "/attributes", EDITOR,
                Map.of("attributes", lines), Map.of("If-Match", etag));
        assertThat(replaced.status()).as(replaced.body().toString()).isEqualTo(200);
        return replaced;
    }

    public Response status(UUID productId, String status, String etag) {
        return api.send(HttpMethod.POST, "/api/v1/products/" + productId + "/status", EDITOR,
                Map.of("status", status), Map.of("If-Match", etag));
    }
}

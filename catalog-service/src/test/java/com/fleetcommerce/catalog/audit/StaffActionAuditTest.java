package com.fleetcommerce.catalog.audit;

import static com.fleetcommerce.catalog.CatalogFixtures.attributeBody;
import static com.fleetcommerce.catalog.CatalogFixtures.product;
import static com.fleetcommerce.catalog.CatalogFixtures.sku;
import static com.fleetcommerce.catalog.CatalogFixtures.unique;
import static com.fleetcommerce.catalog.CatalogFixtures.uniqueCode;
import static com.fleetcommerce.catalog.CatalogFixtures.uniqueSku;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.catalog.CatalogIntegrationTest;
import com.fleetcommerce.testsupport.ApiClient.Response;
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
@CatalogIntegrationTest
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
        String token = TestJwts.staff(actor).permissions("catalog:write", "catalog:read").token();
        ApiClient api = new ApiClient(port);
        List<Expected> expected = new ArrayList<>();

        String categoryName = unique("Audit category");
        Response category = ok(api.send(HttpMethod.POST, "/api/v1/categories", token, Map.of("name", categoryName),
                Map.of()));
        String categoryId = category.body().path("id").asString();
        expected.add(new Expected("category.created", "category", categoryId, "name", categoryName));
        Response renamed = ok(api.send(HttpMethod.PUT, "/api/v1/categories/" + categoryId, token,
                Map.of("name", "Audit renamed"), Map.of("If-Match", category.headers().getETag())));
        expected.add(new Expected("category.renamed", "category", categoryId, "name", "Audit renamed"));
        String parentId = ok(api.send(HttpMethod.POST, "/api/v1/categories", token,
                Map.of("name", unique("Audit parent")), Map.of())).body().path("id").asString();
        expected.add(new Expected("category.created", "category", parentId, null, null));
        Response moved = ok(api.send(HttpMethod.POST, "/api/v1/categories/" + categoryId + "/move", token,
                Map.of("parentId", parentId), Map.of("If-Match", renamed.headers().getETag())));
        expected.add(new Expected("category.moved", "category", categoryId, "parentId", parentId));

        String attributeCode = uniqueCode("audit");
        String attributeId = ok(api.send(HttpMethod.POST, "/api/v1/attributes", token,
                attributeBody(attributeCode, "TEXT"), Map.of())).body().path("id").asString();
        expected.add(new Expected("attribute.created", "attribute", attributeId, "code", attributeCode));
        ok(api.send(HttpMethod.PUT, "/api/v1/attributes/" + attributeId, token, Map.of("name", "Audited name"),
                Map.of("If-Match", "\"0\"")));
        expected.add(new Expected("attribute.revised", "attribute", attributeId, "name", "Audited name"));
        ok(api.send(HttpMethod.PUT, "/api/v1/categories/" + categoryId + "/attributes", token,
                Map.of("attributes", List.of(Map.of("code", attributeCode, "required", false))),
                Map.of("If-Match", moved.headers().getETag())));
        expected.add(new Expected("category.template-replaced", "category", categoryId, null, null));

        String brandName = unique("Audit brand");
        String brandId = ok(api.send(HttpMethod.POST, "/api/v1/brands", token, Map.of("name", brandName), Map.of()))
                .body().path("id").asString();
        expected.add(new Expected("brand.created", "brand", brandId, "name", brandName));
        ok(api.send(HttpMethod.PUT, "/api/v1/brands/" + brandId, token, Map.of("name", brandName + " II"),
                Map.of("If-Match", "\"0\"")));
        expected.add(new Expected("brand.renamed", "brand", brandId, "name", brandName + " II"));

        String code = uniqueSku("AUD");
        Response created = ok(api.send(HttpMethod.POST, "/api/v1/products", token, product(unique("Audit mug"),
                UUID.fromString(brandId), List.of(), List.of(sku(code, Map.of("colour", "red")))), Map.of()));
        String productId = created.body().path("id").asString();
        expected.add(new Expected("product.created", "product", productId, "status", "DRAFT"));
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("name", "Audit mug renamed");
        description.put("description", "Changed for the audit.");
        description.put("brandId", brandId);
        description.put("categoryIds", List.of());
        Response described = ok(api.send(HttpMethod.PUT, "/api/v1/products/" + productId, token, description,
                Map.of("If-Match", created.headers().getETag())));
        expected.add(new Expected("product.updated", "product", productId, "name", "Audit mug renamed"));
        Response active = ok(api.send(HttpMethod.POST, "/api/v1/products/" + productId + "/status", token,
                Map.of("status", "ACTIVE"), Map.of("If-Match", described.headers().getETag())));
        expected.add(new Expected("product.status-changed", "product", productId, "status", "ACTIVE"));
        String second = uniqueSku("AUD2");
        Response added = ok(api.send(HttpMethod.POST, "/api/v1/products/" + productId + "/skus", token,
                sku(second, Map.of("colour", "blue")), Map.of("If-Match", active.headers().getETag())));
        expected.add(new Expected("sku.added", "sku", second, "productId", productId));
        ok(api.send(HttpMethod.PUT, "/api/v1/products/" + productId + "/skus/" + second, token,
                Map.of("options", Map.of("colour", "blue"), "weightGrams", 321),
                Map.of("If-Match", added.headers().getETag())));
        expected.add(new Expected("sku.revised", "sku", second, "weightGrams", "321"));

        String slugPrefix = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int n = 0; n < 3; n++) {
            Map<String, Object> row = product("Audit import " + n, UUID.fromString(brandId), List.of(),
                    List.of(sku(uniqueSku("AUDIMP"), Map.of("size", "M"))));
            row.put("slug", slugPrefix + "-" + n);
            row.put("status", "ACTIVE");
            rows.add(row);
        }
        ok(api.send(HttpMethod.POST, "/api/v1/products/import", token, Map.of("products", rows), Map.of()));
        expected.add(new Expected("products.imported", "product-import", null, "products", "3"));

        ok(api.send(HttpMethod.POST, "/api/v1/availability/cache/warm", token, null, Map.of()));
        expected.add(new Expected("stock-cache.warmed", "stock-cache", "availability", "skusSeen", null));

        List<JsonNode> records = PublishedAuditRecords.await(jdbc, bootstrapServers, actor, expected.size());
        for (Expected e : expected) {
            JsonNode record = PublishedAuditRecords.recordOf(records, "catalog-service", e);
            if (e.field() != null && e.value() == null) {
                assertThat(record.path("after").has(e.field())).as(e.action()).isTrue();
            } else if (e.field() != null) {
                PublishedAuditRecords.assertSameValue(record.path("after").path(e.field()), e.value(), e.action());
            }
        }
        JsonNode updated = records.stream().filter(r -> r.path("action").asString().equals("product.updated"))
                .findFirst().orElseThrow();
        assertThat(updated.path("before").path("description").asString()).isEqualTo("Described for a test.");
        assertThat(updated.path("after").has("skus")).as("unchanged fields are left out").isFalse();
        JsonNode template = records.stream()
                .filter(r -> r.path("action").asString().equals("category.template-replaced")).findFirst()
                .orElseThrow();
        assertThat(template.path("after").path("attributes").get(0).asString()).isEqualTo(attributeCode);
    }

    @Test
    void refusedActionsAreNotAudited() {
        String actor = UUID.randomUUID().toString();
        String token = TestJwts.staff(actor).permissions("catalog:write", "catalog:read").token();
        ApiClient api = new ApiClient(port);
        String brandName = unique("Refusals");
        String brandId = ok(api.send(HttpMethod.POST, "/api/v1/brands", token, Map.of("name", brandName), Map.of()))
                .body().path("id").asString();
        long before = PublishedAuditRecords.writtenBy(jdbc, actor);

        Map<String, Object> badSlug = product(unique("Bad"), null, List.of(), List.of(sku(uniqueSku("B"),
                Map.of())));
        badSlug.put("slug", "Bad Slug!");
        Map<String, Object> unknownBrand = product(unique("Unknown"), UUID.randomUUID(), List.of(),
                List.of(sku(uniqueSku("U"), Map.of())));
        Map<String, Object> badImport = product(unique("Imp"), UUID.randomUUID(), List.of(),
                List.of(sku(uniqueSku("I"), Map.of())));
        List<Response> refused = List.of(
                api.send(HttpMethod.POST, "/api/v1/brands", token, Map.of("name", brandName), Map.of()),
                api.send(HttpMethod.PUT, "/api/v1/brands/" + brandId, token, Map.of("name", "Stale"),
                        Map.of("If-Match", "\"9\"")),
                api.send(HttpMethod.POST, "/api/v1/products", token, badSlug, Map.of()),
                api.send(HttpMethod.POST, "/api/v1/products", token, unknownBrand, Map.of()),
                api.send(HttpMethod.POST, "/api/v1/categories", token, Map.of("name", ""), Map.of()),
                api.send(HttpMethod.POST, "/api/v1/attributes", token, attributeBody("Not A Code", "TEXT"),
                        Map.of()),
                api.send(HttpMethod.POST, "/api/v1/products/import", token, Map.of("products", List.of(badImport)),
                        Map.of()));
        assertThat(refused).allSatisfy(r -> assertThat(r.status()).as(String.valueOf(r.body())).isBetween(400, 499));
        assertThat(PublishedAuditRecords.writtenBy(jdbc, actor)).isEqualTo(before);

        // the one accepted action afterwards is the only other record of this caller that reaches the topic
        ok(api.send(HttpMethod.PUT, "/api/v1/brands/" + brandId, token, Map.of("name", brandName + " renamed"),
                Map.of("If-Match", "\"0\"")));
        assertThat(PublishedAuditRecords.await(jdbc, bootstrapServers, actor, 2)).extracting(r -> r.path("action").asString())
                .containsExactlyInAnyOrder("brand.created", "brand.renamed");
    }

    private static Response ok(Response response) {
        assertThat(response.status()).as(String.valueOf(response.body())).isBetween(200, 299);
        return response;
    }
}

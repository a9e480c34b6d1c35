package com.fleetcommerce.catalog.product.web;

import static com.fleetcommerce.catalog.CatalogFixtures.CLERK;
import static com.fleetcommerce.catalog.CatalogFixtures.CUSTOMER;
import static com.fleetcommerce.catalog.CatalogFixtures.EDITOR;
import static com.fleetcommerce.catalog.CatalogFixtures.READER;
import static com.fleetcommerce.catalog.CatalogFixtures.product;
import static com.fleetcommerce.catalog.CatalogFixtures.sku;
import static com.fleetcommerce.catalog.CatalogFixtures.unique;
import static com.fleetcommerce.catalog.CatalogFixtures.uniqueSku;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.catalog.CatalogFixtures;
import com.fleetcommerce.catalog.CatalogIntegrationTest;
import com.fleetcommerce.catalog.product.domain.Gtin;
import com.fleetcommerce.testsupport.ApiClient.Response;
import com.fleetcommerce.testsupport.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/** The staff API: creating, describing and publishing products and their SKUs. */
@CatalogIntegrationTest
class ProductApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api;
    private CatalogFixtures fixtures;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        fixtures = new CatalogFixtures(api);
    }

    @Test
    void staffCreateADraftWithSkusImagesAndSeoAndTheSlugComesFromTheName() {
        UUID brand = fixtures.brand(unique("Basics"));
        UUID category = fixtures.category(unique("Tops"), null);
        String code = uniqueSku("TEE");
        String barcode = Gtin.withCheckDigit("893000000001");
        Map<String, Object> sku = sku(code, Map.of("size", "M", "colour", "white"));
        sku.put("barcode", barcode);
        sku.put("weightGrams", 180);
        sku.put("dimensions", Map.of("lengthMm", 300, "widthMm", 250, "heightMm", 20));
        Map<String, Object> body = product("Áo thun cổ tròn " + UUID.randomUUID().toString().substring(0, 6),
                brand, List.of(category), List.of(sku));
        body.put("seo", Map.of("title", "Crew-neck tee", "description", "Soft cotton."));
        body.put("images", List.of(
                Map.of("url", "https://img.example/b.jpg", "alt", "back", "position", 1),
                Map.of("url", "https://img.example/a.jpg", "alt", "front", "position", 0)));

        Response created = fixtures.createProduct(body);

        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String id = created.body().path("id").asString();
        assertThat(created.headers().getLocation()).hasToString("/api/v1/products/" + id);
        assertThat(created.headers().getETag()).isEqualTo("\"0\"");
        assertThat(created.body().path("status").asString()).isEqualTo("DRAFT");
        assertThat(created.body().path("slug").asString()).startsWith("ao-thun-co-tron-");
        assertThat(created.body().path("brand").path("id").asString()).isEqualTo(brand.toString());
        assertThat(created.body().path("categories").get(0).path("id").asString()).isEqualTo(category.toString());
        assertThat(created.body().path("breadcrumbs").size()).isEqualTo(1);
        assertThat(created.body().path("seo").path("title").asString()).isEqualTo("Crew-neck tee");
        assertThat(created.body().path("images").valueStream().map(i -> i.path("alt").asString()))
                .containsExactly("front", "back");
        var skuJson = created.body().path("skus").get(0);
        assertThat(skuJson.path("code").asString()).isEqualTo(code);
        assertThat(skuJson.path("options").path("colour").asString()).isEqualTo("white");
        assertThat(skuJson.path("barcode").asString()).isEqualTo(barcode);
        assertThat(skuJson.path("weightGrams").asInt()).isEqualTo(180);
        assertThat(skuJson.path("dimensions").path("widthMm").asInt()).isEqualTo(250);

        Response staffRead = api.get("/api/v1/products/" + id, READER);
        assertThat(staffRead.status()).isEqualTo(200);
        assertThat(staffRead.body().path("skus").get(0).path("code").asString()).isEqualTo(code);
    }

    @Test
    void slugsAreUniqueGivenOrDerived() {
        String name = unique("Linen shirt");
        Response first = fixtures.createProduct(product(name, null, List.of(), List.of()));
        Response second = fixtures.createProduct(product(name, null, List.of(), List.of()));
        assertThat(second.status()).isEqualTo(201);
        String firstSlug = first.body().path("slug").asString();
        assertThat(second.body().path("slug").asString()).isEqualTo(firstSlug + "-2");

        Map<String, Object> explicit = product(unique("Other shirt"), null, List.of(), List.of());
        explicit.put("slug", firstSlug);
        long before = products();
        Response taken = fixtures.createProduct(explicit);
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.body().path("code").asString()).isEqualTo("product-slug-taken");

        explicit.put("slug", "Bad Slug!");
        Response invalid = fixtures.createProduct(explicit);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().path("errors").get(0).path("field").asString()).isEqualTo("slug");
        assertThat(products()).isEqualTo(before);

        // renaming the second product onto the first one's slug is refused as well
        Map<String, Object> update = content(name, firstSlug);
        Response clash = api.send(HttpMethod.PUT, "/api/v1/products/" + second.body().path("id").asString(),
                EDITOR, update, Map.of("If-Match", "\"0\""));
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.body().path("code").asString()).isEqualTo("product-slug-taken");

        Map<String, Object> sameSlug = content(name + " renamed", null);
        Response kept = api.send(HttpMethod.PUT, "/api/v1/products/" + second.body().path("id").asString(),
                EDITOR, sameSlug, Map.of("If-Match", "\"0\""));
        assertThat(kept.status()).isEqualTo(200);
        assertThat(kept.body().path("slug").asString()).isEqualTo(firstSlug + "-2");
        assertThat(kept.body().path("name").asString()).isEqualTo(name + " renamed");
    }

    @Test
    void skuCodesAndBarcodesAreUniqueAcrossTheCatalogAndVariantsDiffer() {
        String code = uniqueSku("MUG");
        String barcode = Gtin.withCheckDigit("893000000777");
        Map<String, Object> sku = sku(code, Map.of("colour", "red"));
        sku.put("barcode", barcode);
        Response first = fixtures.createProduct(product(unique("Mug"), null, List.of(), List.of(sku)));
        assertThat(first.status()).isEqualTo(201);
        String id = first.body().path("id").asString();
        long productsBefore = products();
        long skusBefore = skus();

        Response sameCode = fixtures.createProduct(product(unique("Cup"), null, List.of(),
                List.of(sku(code, Map.of("colour", "blue")))));
        assertThat(sameCode.status()).isEqualTo(409);
        assertThat(sameCode.body().path("code").asString()).isEqualTo("sku-code-taken");

        Map<String, Object> sameBarcode = sku(uniqueSku("CUP"), Map.of());
        sameBarcode.put("barcode", barcode);
        Response barcodeTaken = fixtures.createProduct(product(unique("Cup"), null, List.of(), List.of(sameBarcode)));
        assertThat(barcodeTaken.status()).isEqualTo(409);
        assertThat(barcodeTaken.body().path("code").asString()).isEqualTo("barcode-taken");

        Map<String, Object> badCheckDigit = sku(uniqueSku("CUP"), Map.of());
        badCheckDigit.put("barcode", barcode.substring(0, 12) + (barcode.charAt(12) - '0' + 1) % 10);
        Response invalid = fixtures.createProduct(product(unique("Cup"), null, List.of(), List.of(badCheckDigit)));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().path("errors").get(0).path("field").asString()).isEqualTo("barcode");

        Response addExisting = api.send(HttpMethod.POST, "/api/v1/products/" + id + "/skus", EDITOR,
                sku(code, Map.of("colour", "green")), Map.of("If-Match", "\"0\""));
        assertThat(addExisting.status()).isEqualTo(409);
        assertThat(addExisting.body().path("code").asString()).isEqualTo("sku-code-taken");

        Response sameOptions = api.send(HttpMethod.POST, "/api/v1/products/" + id + "/skus", EDITOR,
                sku(uniqueSku("MUG"), Map.of("colour", "red")), Map.of("If-Match", "\"0\""));
        assertThat(sameOptions.status()).isEqualTo(409);
        assertThat(sameOptions.body().path("code").asString()).isEqualTo("duplicate-variant");

        assertThat(products()).isEqualTo(productsBefore);
        assertThat(skus()).isEqualTo(skusBefore);

        String second = uniqueSku("MUG");
        Response added = api.send(HttpMethod.POST, "/api/v1/products/" + id + "/skus", EDITOR,
                sku(second, Map.of("colour", "blue")), Map.of("If-Match", "\"0\""));
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.headers().getETag()).isEqualTo("\"1\"");
        assertThat(added.body().path("skus").valueStream().map(s -> s.path("code").asString()))
                .containsExactly(code, second);

        Map<String, Object> revision = new HashMap<>();
        revision.put("options", Map.of("colour", "navy"));
        revision.put("weightGrams", 320);
        Response revised = api.send(HttpMethod.PUT, "/api/v1/products/" + id + "/skus/" + second, EDITOR, revision,
                Map.of("If-Match", "\"1\""));
        assertThat(revised.status()).isEqualTo(200);
        assertThat(revised.body().path("skus").get(1).path("options").path("colour").asString()).isEqualTo("navy");
        assertThat(revised.body().path("skus").get(1).path("weightGrams").asInt()).isEqualTo(320);

        Response unknownSku = api.send(HttpMethod.PUT, "/api/v1/products/" + id + "/skus/NOPE-1", EDITOR, revision,
                Map.of("If-Match", "\"2\""));
        assertThat(unknownSku.status()).isEqualTo(404);
    }

    @Test
    void statusFollowsItsLegalTransitionsOnly() {
        Response created = fixtures.createProduct(product(unique("Lamp"), null, List.of(), List.of()));
        UUID id = UUID.fromString(created.body().path("id").asString());

        Response noSkus = fixtures.status(id, "ACTIVE", "\"0\"");
        assertThat(noSkus.status()).isEqualTo(409);
        assertThat(noSkus.body().path("code").asString()).isEqualTo("product-without-skus");

        Response added = api.send(HttpMethod.POST, "/api/v1/products/" + id + "/skus", EDITOR,
                sku(uniqueSku("LAMP"), Map.of()), Map.of("If-Match", "\"0\""));
        assertThat(added.status()).isEqualTo(201);

        Response active = fixtures.status(id, "ACTIVE", "\"1\"");
        assertThat(active.status()).isEqualTo(200);
        assertThat(active.body().path("status").asString()).isEqualTo("ACTIVE");
        assertThat(active.headers().getETag()).isEqualTo("\"2\"");

        Response again = fixtures.status(id, "ACTIVE", "\"2\"");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().path("code").asString()).isEqualTo("illegal-status-transition");

        assertThat(fixtures.status(id, "ARCHIVED", "\"2\"").status()).isEqualTo(200);
        Response revive = fixtures.status(id, "ACTIVE", "\"3\"");
        assertThat(revive.status()).isEqualTo(409);
        assertThat(revive.body().path("code").asString()).isEqualTo("illegal-status-transition");
        assertThat(revive.body().path("allowed").valueStream().map(v -> v.asString())).containsExactly("DRAFT");

        assertThat(fixtures.status(id, "DRAFT", "\"3\"").status()).isEqualTo(200);
        assertThat(fixtures.status(id, "ACTIVE", "\"4\"").status()).isEqualTo(200);
        assertThat(fixtures.status(id, "DRAFT", "\"5\"").status()).isEqualTo(200);

        Response unknown = fixtures.status(id, "PUBLISHED", "\"6\"");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(api.get("/api/v1/products/" + id, READER).body().path("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void updatesNeedTheCurrentETag() {
        String name = unique("Chair");
        Response created = fixtures.createProduct(product(name, null, List.of(), List.of()));
        String id = created.body().path("id").asString();
        Map<String, Object> change = content(name + " v2", null);

        Response missing = api.send(HttpMethod.PUT, "/api/v1/products/" + id, EDITOR, change, Map.of());
        assertThat(missing.status()).isEqualTo(428);
        assertThat(missing.body().path("code").asString()).isEqualTo("precondition-required");
        Response missingOnStatus = api.send(HttpMethod.POST, "/api/v1/products/" + id + "/status", EDITOR,
                Map.of("status", "ARCHIVED"), Map.of());
        assertThat(missingOnStatus.status()).isEqualTo(428);

        Response stale = api.send(HttpMethod.PUT, "/api/v1/products/" + id, EDITOR, change,
                Map.of("If-Match", "\"5\""));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.body().path("code").asString()).isEqualTo("precondition-failed");
        assertThat(stale.body().path("currentETag").asString()).isEqualTo("\"0\"");
        Response unchanged = api.get("/api/v1/products/" + id, READER);
        assertThat(unchanged.body().path("name").asString()).isEqualTo(name);
        assertThat(unchanged.headers().getETag()).isEqualTo("\"0\"");

        Response updated = api.send(HttpMethod.PUT, "/api/v1/products/" + id, EDITOR, change,
                Map.of("If-Match", "\"0\""));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.headers().getETag()).isEqualTo("\"1\"");

        Response lost = api.send(HttpMethod.PUT, "/api/v1/products/" + id, EDITOR, content(name + " v3", null),
                Map.of("If-Match", "\"0\""));
        assertThat(lost.status()).isEqualTo(412);
        assertThat(api.get("/api/v1/products/" + id, READER).body().path("name").asString()).isEqualTo(name + " v2");
    }

    @Test
    void writesNeedCatalogWrite() {
        Map<String, Object> body = product(unique("Desk"), null, List.of(), List.of());
        long before = products();
        assertThat(api.send(HttpMethod.POST, "/api/v1/products", null, body, Map.of()).status()).isEqualTo(401);
        for (String token : List.of(CLERK, CUSTOMER, READER)) {
            Response denied = api.send(HttpMethod.POST, "/api/v1/products", token, body, Map.of());
            assertThat(denied.status()).isEqualTo(403);
            assertThat(denied.body().path("code").asString()).isEqualTo("access-denied");
        }
        UUID id = fixtures.activeProduct(unique("Desk"), null, List.of());
        assertThat(api.send(HttpMethod.POST, "/api/v1/products/" + id + "/status", null, Map.of("status", "DRAFT"),
                Map.of("If-Match", "\"1\"")).status()).isEqualTo(401);
        assertThat(api.send(HttpMethod.POST, "/api/v1/products/" + id + "/status", CUSTOMER,
                Map.of("status", "DRAFT"), Map.of("If-Match", "\"1\"")).status()).isEqualTo(403);
        assertThat(products()).isEqualTo(before + 1);
    }

    @Test
    void badInputIsA400ProblemNamingTheFieldsAndChangesNothing() {
        UUID category = fixtures.category(unique("Garden"), null);
        long productsBefore = products();
        long skusBefore = skus();

        Map<String, Object> badSku = sku("lower case", Map.of("Bad Name", "x"));
        badSku.put("weightGrams", -5);
        badSku.put("dimensions", Map.of("lengthMm", 0, "widthMm", 10));
        Map<String, Object> bad = product("", null, List.of(category), List.of(badSku));
        bad.put("images", List.of(Map.of("url", "ftp://files/x.png", "position", 100)));
        bad.put("seo", Map.of("title", "t".repeat(121)));
        Response response = fixtures.createProduct(bad);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.headers().getContentType()).hasToString("application/problem+json");
        assertThat(response.body().path("code").asString()).isEqualTo("validation-failed");
        assertThat(response.body().path("traceId").asString()).isNotBlank();
        List<String> fields = response.body().path("errors").valueStream().map(e -> e.path("field").asString())
                .toList();
        assertThat(fields).contains("name", "skus[0].code", "skus[0].weightGrams", "skus[0].dimensions.lengthMm",
                "skus[0].dimensions.heightMm", "images[0].url", "images[0].position", "seo.title");

        Response unknownBrand = fixtures.createProduct(product(unique("Rake"), UUID.randomUUID(), List.of(), List.of()));
        assertThat(unknownBrand.status()).isEqualTo(400);
        assertThat(unknownBrand.body().path("errors").get(0).path("field").asString()).isEqualTo("brandId");
        Response unknownCategory = fixtures.createProduct(product(unique("Rake"), null,
                List.of(category, UUID.randomUUID()), List.of()));
        assertThat(unknownCategory.status()).isEqualTo(400);
        assertThat(unknownCategory.body().path("errors").get(0).path("field").asString()).isEqualTo("categoryIds");

        Response unusableName = fixtures.createProduct(product("!!!", null, List.of(), List.of()));
        assertThat(unusableName.status()).isEqualTo(400);
        assertThat(unusableName.body().path("errors").get(0).path("field").asString()).isEqualTo("slug");

        Response malformed = api.send(HttpMethod.POST, "/api/v1/products", EDITOR, "{\"name\": ", Map.of());
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().path("code").asString()).isEqualTo("malformed-request");

        assertThat(products()).isEqualTo(productsBefore);
        assertThat(skus()).isEqualTo(skusBefore);

        // an update with bad input leaves the product exactly as it was
        UUID id = fixtures.activeProduct(unique("Hose"), null, List.of(category));
        Map<String, Object> badUpdate = content("", null);
        badUpdate.put("categoryIds", List.of(UUID.randomUUID()));
        Response rejected = api.send(HttpMethod.PUT, "/api/v1/products/" + id, EDITOR, badUpdate,
                Map.of("If-Match", "\"1\""));
        assertThat(rejected.status()).isEqualTo(400);
        Map<String, Object> unknownCategoryUpdate = content("Hose", null);
        unknownCategoryUpdate.put("categoryIds", List.of(UUID.randomUUID()));
        assertThat(api.send(HttpMethod.PUT, "/api/v1/products/" + id, EDITOR, unknownCategoryUpdate,
                Map.of("If-Match", "\"1\"")).status()).isEqualTo(400);
        Response after = api.get("/api/v1/products/" + id, READER);
        assertThat(after.headers().getETag()).isEqualTo("\"1\"");
        assertThat(after.body().path("categories").get(0).path("id").asString()).isEqualTo(category.toString());
        assertThat(api.get("/api/v1/products/not-a-uuid", READER).status()).isEqualTo(400);
    }

    private static Map<String, Object> content(String name, String slug) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("slug", slug);
        body.put("description", "Changed.");
        return body;
    }

    private long products() {
        return jdbc.queryForObject("SELECT count(*) FROM product", Long.class);
    }

    private long skus() {
        return jdbc.queryForObject("SELECT count(*) FROM sku", Long.class);
    }
}

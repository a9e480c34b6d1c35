package com.fleetcommerce.catalog.product.web;

import static com.fleetcommerce.catalog.CatalogFixtures.CUSTOMER;
import static com.fleetcommerce.catalog.CatalogFixtures.EDITOR;
import static com.fleetcommerce.catalog.CatalogFixtures.READER;
import static com.fleetcommerce.catalog.CatalogFixtures.attributeBody;
import static com.fleetcommerce.catalog.CatalogFixtures.line;
import static com.fleetcommerce.catalog.CatalogFixtures.product;
import static com.fleetcommerce.catalog.CatalogFixtures.sku;
import static com.fleetcommerce.catalog.CatalogFixtures.unique;
import static com.fleetcommerce.catalog.CatalogFixtures.uniqueCode;
import static com.fleetcommerce.catalog.CatalogFixtures.uniqueSku;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.catalog.CatalogFixtures;
import com.fleetcommerce.catalog.CatalogIntegrationTest;
import com.fleetcommerce.testsupport.ApiClient.Response;
import com.fleetcommerce.testsupport.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Products' typed attribute values: checked against their categories' (and ancestors') templates, filterable. */
@CatalogIntegrationTest
class ProductAttributesApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api;
    private CatalogFixtures fixtures;

    /** One category whose template has one attribute of each type; codes unique per test. */
    private UUID category;
    private String material;
    private String weight;
    private String note;
    private String organic;

    @BeforeEach
    void catalog() {
        api = new ApiClient(port);
        fixtures = new CatalogFixtures(api);
        material = uniqueCode("material");
        weight = uniqueCode("weight");
        note = uniqueCode("note");
        organic = uniqueCode("organic");
        Map<String, Object> enumBody = attributeBody(material, "ENUM");
        enumBody.put("allowedValues", List.of("cotton", "linen"));
        fixtures.attribute(enumBody);
        Map<String, Object> numberBody = attributeBody(weight, "NUMBER");
        numberBody.put("unit", "g");
        numberBody.put("min", 1);
        numberBody.put("max", 1000);
        fixtures.attribute(numberBody);
        Map<String, Object> textBody = attributeBody(note, "TEXT");
        textBody.put("maxLength", 10);
        fixtures.attribute(textBody);
        fixtures.attribute(attributeBody(organic, "BOOLEAN"));
        category = fixtures.category(unique("Towels"), null);
        fixtures.template(category, List.of(line(material, true), line(weight, false), line(note, false),
                line(organic, false)));
    }

    @Test
    void valuesOfEveryTypeAreStoredAndShownToStaffAndThePublic() {
        Map<String, Object> body = product(unique("Towel"), null, List.of(category),
                List.of(sku(uniqueSku("TWL"), Map.of())));
        body.put("attributes", Map.of(material, "linen", weight, Map.of("value", 450.50, "unit", "g"),
                note, "Soft", organic, true));

        Response created = fixtures.createProduct(body);

        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        UUID id = UUID.fromString(created.body().path("id").asString());
        Map<String, JsonNode> values = byCode(created.body());
        assertThat(values.get(material).path("value").asString()).isEqualTo("linen");
        assertThat(values.get(material).path("type").asString()).isEqualTo("ENUM");
        assertThat(values.get(weight).path("value").decimalValue()).isEqualByComparingTo("450.5");
        assertThat(values.get(weight).path("unit").asString()).isEqualTo("g");
        assertThat(values.get(note).path("value").asString()).isEqualTo("Soft");
        assertThat(values.get(organic).path("value").booleanValue()).isTrue();

        assertThat(byCode(api.get("/api/v1/products/" + id, READER).body())).containsOnlyKeys(values.keySet());
        assertThat(fixtures.status(id, "ACTIVE", "\"0\"").status()).isEqualTo(200);
        Response publicRead = api.get("/api/v1/products/" + id, null);
        assertThat(byCode(publicRead.body()).get(weight).path("value").decimalValue()).isEqualByComparingTo("450.5");
        // a plain number is in the attribute's unit
        Map<String, Object> update = content(body, Map.of(material, "cotton", weight, 200));
        Response updated = api.send(HttpMethod.PUT, "/api/v1/products/" + id, EDITOR, update,
                Map.of("If-Match", "\"1\""));
        assertThat(updated.status()).as(updated.body().toString()).isEqualTo(200);
        assertThat(byCode(updated.body())).containsOnlyKeys(material, weight);
        assertThat(byCode(updated.body()).get(weight).path("value").decimalValue()).isEqualByComparingTo("200");
        // an update without attributes keeps them
        Map<String, Object> keep = content(body, null);
        Response kept = api.send(HttpMethod.PUT, "/api/v1/products/" + id, EDITOR, keep, Map.of("If-Match", "\"2\""));
        assertThat(kept.status()).as(kept.body().toString()).isEqualTo(200);
        assertThat(byCode(kept.body()).get(material).path("value").asString()).isEqualTo("cotton");
    }

    @Test
    void eachKindOfBadValueIsA400OnItsFieldAndNothingChanges() {
        Map<String, Map<String, Object>> cases = new LinkedHashMap<>();
        cases.put("attributes.unknown_attr", withMaterial(Map.of("unknown_attr", "x")));
        cases.put("attributes." + organic, withMaterial(Map.of(organic, "yes")));
        cases.put("attributes." + material, Map.of(material, "silk"));
        cases.put("attributes." + weight, withMaterial(Map.of(weight, 5000)));
        cases.put("attributes." + weight + " ", withMaterial(Map.of(weight, Map.of("value", 100, "unit", "kg"))));
        cases.put("attributes." + note, withMaterial(Map.of(note, "12345678901")));
        cases.put("attributes." + material + " ", Map.of(weight, 10));
        cases.put("attributes." + weight + "  ", withMaterial(Map.of(weight, "heavy")));
        long products = count("product");
        long values = count("product_attribute_value");

        cases.forEach((field, attributes) -> {
            Map<String, Object> body = product(unique("Towel"), null, List.of(category), List.of());
            body.put("attributes", attributes);
            Response refused = fixtures.createProduct(body);
            assertThat(refused.status()).as(field + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.body().path("code").asString()).isEqualTo("validation-failed");
            assertThat(refused.body().path("errors").valueStream().map(e -> e.path("field").asString()))
                    .as(refused.body().toString()).containsExactly(field.strip());
        });
        assertThat(count("product")).isEqualTo(products);
        assertThat(count("product_attribute_value")).isEqualTo(values);

        // several wrong values are all named at once
        Map<String, Object> many = product(unique("Towel"), null, List.of(category), List.of());
        many.put("attributes", Map.of(weight, 0, note, "far too long a note"));
        Response all = fixtures.createProduct(many);
        assertThat(all.body().path("errors").valueStream().map(e -> e.path("field").asString()))
                .containsExactlyInAnyOrder("attributes." + material, "attributes." + weight, "attributes." + note);

        // on update too: nothing changes, not even the version
        Map<String, Object> good = product(unique("Towel"), null, List.of(category), List.of());
        good.put("attributes", Map.of(material, "cotton"));
        Response created = fixtures.createProduct(good);
        String id = created.body().path("id").asString();
        Response refused = api.send(HttpMethod.PUT, "/api/v1/products/" + id, EDITOR,
                content(good, Map.of(material, "wool")), Map.of("If-Match", "\"0\""));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").get(0).path("field").asString()).isEqualTo("attributes." + material);
        // moving it to a category without a template makes its values unknown there
        UUID plain = fixtures.category(unique("Plain"), null);
        Map<String, Object> moved = content(good, null);
        moved.put("categoryIds", List.of(plain));
        Response unknownThere = api.send(HttpMethod.PUT, "/api/v1/products/" + id, EDITOR, moved,
                Map.of("If-Match", "\"0\""));
        assertThat(unknownThere.status()).isEqualTo(400);
        assertThat(unknownThere.body().path("errors").get(0).path("field").asString())
                .isEqualTo("attributes." + material);
        Response unchanged = api.get("/api/v1/products/" + id, READER);
        assertThat(unchanged.headers().getETag()).isEqualTo("\"0\"");
        assertThat(byCode(unchanged.body()).get(material).path("value").asString()).isEqualTo("cotton");
        assertThat(unchanged.body().path("categories").get(0).path("id").asString()).isEqualTo(category.toString());
    }

    @Test
    void aCategoryInheritsTheTemplatesOfItsAncestors() {
        UUID child = fixtures.category(unique("Bath"), category);
        UUID grandchild = fixtures.category(unique("Beach towels"), child);
        String size = uniqueCode("size");
        Map<String, Object> sizeBody = attributeBody(size, "ENUM");
        sizeBody.put("allowedValues", List.of("S", "M", "L"));
        fixtures.attribute(sizeBody);
        fixtures.template(child, List.of(line(size, true)));

        Response template = api.get("/api/v1/categories/" + grandchild + "/attributes", null);
        assertThat(template.status()).isEqualTo(200);
        assertThat(template.body().path("own").size()).isZero();
        Map<String, JsonNode> effective = new LinkedHashMap<>();
        template.body().path("effective").forEach(s -> effective.put(s.path("attribute").path("code").asString(), s));
        assertThat(effective).containsOnlyKeys(material, weight, note, organic, size);
        assertThat(effective.get(material).path("required").asBoolean()).isTrue();
        assertThat(effective.get(material).path("categoryIds").get(0).asString()).isEqualTo(category.toString());
        assertThat(effective.get(size).path("categoryIds").get(0).asString()).isEqualTo(child.toString());

        Map<String, Object> missing = product(unique("Beach towel"), null, List.of(grandchild), List.of());
        missing.put("attributes", Map.of(size, "L"));
        Response refused = fixtures.createProduct(missing);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").get(0).path("field").asString()).isEqualTo("attributes." + material);

        missing.put("attributes", Map.of(size, "L", material, "cotton"));
        Response created = fixtures.createProduct(missing);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(byCode(created.body())).containsOnlyKeys(size, material);
    }

    @Test
    void replacingATemplateNeedsTheCategorysETagAndBumpsItsVersion() {
        UUID shelf = fixtures.category(unique("Shelf"), null);
        String path = "/api/v1/categories/" + shelf + "/attributes";
        Map<String, Object> body = Map.of("attributes", List.of(line(material, true)));

        assertThat(api.send(HttpMethod.PUT, path, EDITOR, body, Map.of()).status()).isEqualTo(428);
        assertThat(api.send(HttpMethod.PUT, path, EDITOR, body, Map.of("If-Match", "\"7\"")).status())
                .isEqualTo(412);
        assertThat(api.send(HttpMethod.PUT, path, CUSTOMER, body, Map.of("If-Match", "\"0\"")).status())
                .isEqualTo(403);
        Response unknown = api.send(HttpMethod.PUT, path, EDITOR,
                Map.of("attributes", List.of(line(material, true), line("no_such_attribute", false))),
                Map.of("If-Match", "\"0\""));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().path("errors").get(0).path("field").asString()).isEqualTo("attributes[1].code");
        assertThat(api.get(path, null).body().path("own").size()).isZero();

        Response replaced = api.send(HttpMethod.PUT, path, EDITOR, body, Map.of("If-Match", "\"0\""));
        assertThat(replaced.status()).as(replaced.body().toString()).isEqualTo(200);
        assertThat(replaced.headers().getETag()).isEqualTo("\"1\"");
        assertThat(replaced.body().path("own").get(0).path("attribute").path("code").asString()).isEqualTo(material);
        assertThat(api.get("/api/v1/categories/" + shelf, null).headers().getETag()).isEqualTo("\"1\"");
        // a rename prepared before the template change is stale now
        assertThat(api.send(HttpMethod.PUT, "/api/v1/categories/" + shelf, EDITOR, Map.of("name", "Shelves"),
                Map.of("If-Match", "\"0\"")).status()).isEqualTo(412);
    }

    @Test
    void thePublicListingFiltersByAttributeValuesExactly() {
        UUID cottonHeavy = active(Map.of(material, "cotton", weight, 250, organic, true));
        UUID cottonLight = active(Map.of(material, "cotton", weight, 100));
        UUID linen = active(Map.of(material, "linen", weight, 250));
        String base = "/api/v1/products?category=" + category;

        assertThat(ids(base + "&attr." + material + "=cotton")).containsExactlyInAnyOrder(cottonHeavy, cottonLight);
        assertThat(ids(base + "&attr." + material + "=linen")).containsExactly(linen);
        assertThat(ids(base + "&attr." + material + "=cotton&attr." + weight + "=250.00"))
                .containsExactly(cottonHeavy);
        assertThat(ids(base + "&attr." + weight + "=250")).containsExactlyInAnyOrder(cottonHeavy, linen);
        assertThat(ids(base + "&attr." + material + "=cotton&attr." + material + "=linen")).hasSize(3);
        assertThat(ids(base + "&attr." + organic + "=true")).containsExactly(cottonHeavy);
        assertThat(ids(base + "&attr." + material + "=Cotton")).isEmpty();

        Response unknown = api.get(base + "&attr.no_such_attribute=x", null);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().path("errors").get(0).path("field").asString()).isEqualTo("attr.no_such_attribute");
        Response notANumber = api.get(base + "&attr." + weight + "=heavy", null);
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.body().path("errors").get(0).path("field").asString()).isEqualTo("attr." + weight);
    }

    private UUID active(Map<String, Object> attributes) {
        Map<String, Object> body = product(unique("Towel"), null, List.of(category),
                List.of(sku(uniqueSku("TWL"), Map.of())));
        body.put("attributes", attributes);
        Response created = fixtures.createProduct(body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        UUID id = UUID.fromString(created.body().path("id").asString());
        assertThat(fixtures.status(id, "ACTIVE", "\"0\"").status()).isEqualTo(200);
        return id;
    }

    private List<UUID> ids(String path) {
        Response page = api.get(path, null);
        assertThat(page.status()).as(page.body().toString()).isEqualTo(200);
        return page.body().path("items").valueStream().map(i -> UUID.fromString(i.path("id").asString())).toList();
    }

    private Map<String, Object> withMaterial(Map<String, Object> others) {
        Map<String, Object> attributes = new LinkedHashMap<>(others);
        attributes.put(material, "cotton");
        return attributes;
    }

    /** The PUT body for a product created from {@code created}: same content, these attributes (null: keep). */
    private static Map<String, Object> content(Map<String, Object> created, Map<String, Object> attributes) {
        Map<String, Object> body = new LinkedHashMap<>(created);
        body.remove("skus");
        body.remove("attributes");
        if (attributes != null) {
            body.put("attributes", attributes);
        }
        return body;
    }

    private static Map<String, JsonNode> byCode(JsonNode product) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        product.path("attributes").forEach(a -> values.put(a.path("code").asString(), a));
        return values;
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }
}

package com.fleetcommerce.catalog.attribute.web;

import static com.fleetcommerce.catalog.CatalogFixtures.CUSTOMER;
import static com.fleetcommerce.catalog.CatalogFixtures.EDITOR;
import static com.fleetcommerce.catalog.CatalogFixtures.READER;
import static com.fleetcommerce.catalog.CatalogFixtures.attributeBody;
import static com.fleetcommerce.catalog.CatalogFixtures.line;
import static com.fleetcommerce.catalog.CatalogFixtures.product;
import static com.fleetcommerce.catalog.CatalogFixtures.unique;
import static com.fleetcommerce.catalog.CatalogFixtures.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;

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

/** Attribute definitions: staff create and revise them, everyone reads them. */
@CatalogIntegrationTest
class AttributeApiTest {

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
    void staffCreateDefinitionsOfEachTypeAndEveryoneReadsThem() {
        String code = uniqueCode("weight");
        Map<String, Object> number = attributeBody(code, "NUMBER");
        number.put("unit", "g");
        number.put("min", 1);
        number.put("max", 5000);
        Response created = api.send(HttpMethod.POST, "/api/v1/attributes", EDITOR, number, Map.of());
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String id = created.body().path("id").asString();
        assertThat(created.headers().getLocation()).hasToString("/api/v1/attributes/" + id);
        assertThat(created.headers().getETag()).isEqualTo("\"0\"");

        Response read = api.get("/api/v1/attributes/" + id, null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().path("code").asString()).isEqualTo(code);
        assertThat(read.body().path("type").asString()).isEqualTo("NUMBER");
        assertThat(read.body().path("unit").asString()).isEqualTo("g");
        assertThat(read.body().path("max").decimalValue()).isEqualByComparingTo("5000");
        assertThat(read.body().has("allowedValues")).isFalse();

        Map<String, Object> text = attributeBody(uniqueCode("care"), "TEXT");
        Response textCreated = api.send(HttpMethod.POST, "/api/v1/attributes", EDITOR, text, Map.of());
        assertThat(textCreated.body().path("maxLength").asInt()).isEqualTo(255);
        Map<String, Object> enumBody = attributeBody(uniqueCode("colour"), "ENUM");
        enumBody.put("allowedValues", List.of("red", "blue"));
        assertThat(api.send(HttpMethod.POST, "/api/v1/attributes", EDITOR, enumBody, Map.of()).status())
                .isEqualTo(201);
        assertThat(api.send(HttpMethod.POST, "/api/v1/attributes", EDITOR,
                attributeBody(uniqueCode("organic"), "BOOLEAN"), Map.of()).status()).isEqualTo(201);

        Response list = api.get("/api/v1/attributes?size=100", null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().path("totalElements").asLong()).isGreaterThanOrEqualTo(4);

        Response again = api.send(HttpMethod.POST, "/api/v1/attributes", EDITOR, number, Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().path("code").asString()).isEqualTo("attribute-code-taken");
    }

    @Test
    void badDefinitionsAre400AndNonEditorsAreRefusedAndNothingIsCreated() {
        long before = definitions();
        Map<String, Object> enumWithoutValues = attributeBody(uniqueCode("fabric"), "ENUM");
        Map<String, Object> valuesOnText = attributeBody(uniqueCode("fabric"), "TEXT");
        valuesOnText.put("allowedValues", List.of("a"));
        Map<String, Object> minAboveMax = attributeBody(uniqueCode("size"), "NUMBER");
        minAboveMax.put("min", 10);
        minAboveMax.put("max", 1);
        Map<String, Object> unitOnEnum = attributeBody(uniqueCode("fabric"), "ENUM");
        unitOnEnum.put("allowedValues", List.of("a"));
        unitOnEnum.put("unit", "cm");
        Map<String, Object> badCode = attributeBody("Bad-Code", "TEXT");
        Map<String, Object> duplicateValues = attributeBody(uniqueCode("fabric"), "ENUM");
        duplicateValues.put("allowedValues", List.of("a", "a"));
        Map<String, Object> badType = attributeBody(uniqueCode("fabric"), "COLOUR");

        for (var pair : List.of(Map.entry(enumWithoutValues, "allowedValues"), Map.entry(valuesOnText, "allowedValues"),
                Map.entry(minAboveMax, "min"), Map.entry(unitOnEnum, "unit"), Map.entry(badCode, "code"),
                Map.entry(duplicateValues, "allowedValues"), Map.entry(badType, "type"))) {
            Response refused = api.send(HttpMethod.POST, "/api/v1/attributes", EDITOR, pair.getKey(), Map.of());
            assertThat(refused.status()).as(refused.body().toString()).isEqualTo(400);
            assertThat(refused.body().path("errors").valueStream().map(e -> e.path("field").asString()))
                    .as(refused.body().toString()).contains(pair.getValue());
        }
        Map<String, Object> fine = attributeBody(uniqueCode("fabric"), "TEXT");
        assertThat(api.send(HttpMethod.POST, "/api/v1/attributes", null, fine, Map.of()).status()).isEqualTo(401);
        assertThat(api.send(HttpMethod.POST, "/api/v1/attributes", CUSTOMER, fine, Map.of()).status()).isEqualTo(403);
        assertThat(api.send(HttpMethod.POST, "/api/v1/attributes", READER, fine, Map.of()).status()).isEqualTo(403);
        assertThat(definitions()).isEqualTo(before);
    }

    @Test
    void revisionsNeedTheCurrentETag() {
        Map<String, Object> body = attributeBody(uniqueCode("length"), "NUMBER");
        body.put("unit", "cm");
        UUID id = fixtures.attribute(body);
        String path = "/api/v1/attributes/" + id;
        Map<String, Object> revision = Map.of("name", "Length (mm)", "unit", "mm");

        assertThat(api.send(HttpMethod.PUT, path, EDITOR, revision, Map.of()).status()).isEqualTo(428);
        assertThat(api.send(HttpMethod.PUT, path, EDITOR, revision, Map.of("If-Match", "\"3\"")).status())
                .isEqualTo(412);
        Response revised = api.send(HttpMethod.PUT, path, EDITOR, revision, Map.of("If-Match", "\"0\""));
        assertThat(revised.status()).as(revised.body().toString()).isEqualTo(200);
        assertThat(revised.headers().getETag()).isEqualTo("\"1\"");
        assertThat(revised.body().path("name").asString()).isEqualTo("Length (mm)");
        assertThat(revised.body().path("unit").asString()).isEqualTo("mm");
        // a lost update: prepared against version 0
        assertThat(api.send(HttpMethod.PUT, path, EDITOR, Map.of("name", "Other"), Map.of("If-Match", "\"0\""))
                .status()).isEqualTo(412);
        // allowed values only exist on an ENUM
        Response notEnum = api.send(HttpMethod.PUT, path, EDITOR,
                Map.of("name", "Length", "unit", "mm", "allowedValues", List.of("x")), Map.of("If-Match", "\"1\""));
        assertThat(notEnum.status()).isEqualTo(400);
        assertThat(api.get(path, null).body().path("version").asLong()).isEqualTo(1);
    }

    @Test
    void removingAnEnumValueThatProductsUseIsRefusedNamingHowManyProducts() {
        String code = uniqueCode("fabric");
        Map<String, Object> body = attributeBody(code, "ENUM");
        body.put("allowedValues", List.of("cotton", "linen", "wool"));
        UUID id = fixtures.attribute(body);
        UUID category = fixtures.category(unique("Shirts"), null);
        fixtures.template(category, List.of(line(code, false)));
        for (String value : List.of("linen", "linen", "cotton")) {
            Map<String, Object> product = product(unique("Shirt"), null, List.of(category), List.of());
            product.put("attributes", Map.of(code, value));
            Response created = fixtures.createProduct(product);
            assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        }
        String path = "/api/v1/attributes/" + id;

        Response inUse = api.send(HttpMethod.PUT, path, EDITOR,
                Map.of("name", "Fabric", "allowedValues", List.of("cotton")), Map.of("If-Match", "\"0\""));

        assertThat(inUse.status()).as(inUse.body().toString()).isEqualTo(409);
        assertThat(inUse.body().path("code").asString()).isEqualTo("attribute-value-in-use");
        assertThat(inUse.body().path("products").asLong()).isEqualTo(2);
        assertThat(inUse.body().path("detail").asString()).startsWith("2 product(s)");
        assertThat(inUse.body().path("values").valueStream().map(v -> v.asString()))
                .containsExactlyInAnyOrder("linen", "wool");
        Response unchanged = api.get(path, null);
        assertThat(unchanged.body().path("version").asLong()).isZero();
        assertThat(unchanged.body().path("allowedValues").valueStream().map(v -> v.asString()))
                .containsExactly("cotton", "linen", "wool");

        // removing only what nobody uses (and adding a value) is fine
        Response revised = api.send(HttpMethod.PUT, path, EDITOR,
                Map.of("name", "Fabric", "allowedValues", List.of("cotton", "linen", "silk")),
                Map.of("If-Match", "\"0\""));
        assertThat(revised.status()).as(revised.body().toString()).isEqualTo(200);
        assertThat(revised.body().path("allowedValues").valueStream().map(v -> v.asString()))
                .containsExactly("cotton", "linen", "silk");
    }

    private long definitions() {
        return jdbc.queryForObject("SELECT count(*) FROM attribute_definition", Long.class);
    }
}

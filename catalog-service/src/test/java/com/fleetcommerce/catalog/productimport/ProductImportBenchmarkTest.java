package com.fleetcommerce.catalog.productimport;

import static com.fleetcommerce.catalog.CatalogFixtures.EDITOR;
import static com.fleetcommerce.catalog.CatalogFixtures.unique;
import static com.fleetcommerce.catalog.CatalogFixtures.uniqueSku;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.catalog.CatalogFixtures;
import com.fleetcommerce.catalog.CatalogIntegrationTest;
import com.fleetcommerce.testsupport.ApiClient;
import com.fleetcommerce.testsupport.ApiClient.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * 10,000 products with 2 SKUs each in one import, timed. Too slow for the normal suite and not a pass/fail
 * criterion: it runs only with {@code -Dcatalog.benchmarks=true} (see docs/performance.md), asserts what was stored
 * and appends the time to {@code target/benchmarks/catalog-import.txt}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "catalog.benchmarks", matches = "true")
@CatalogIntegrationTest
class ProductImportBenchmarkTest {

    private static final int PRODUCTS = 10_000;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void tenThousandProductsInOneRequest() throws IOException {
        ApiClient api = new ApiClient(port);
        CatalogFixtures fixtures = new CatalogFixtures(api);
        UUID brand = fixtures.brand(unique("Bulk"));
        UUID category = fixtures.category(unique("Bulk tees"), null);
        String material = CatalogFixtures.uniqueCode("material");
        Map<String, Object> definition = CatalogFixtures.attributeBody(material, "ENUM");
        definition.put("allowedValues", List.of("cotton", "linen"));
        fixtures.attribute(definition);
        fixtures.template(category, List.of(CatalogFixtures.line(material, true)));
        String prefix = ImportBodies.slugPrefix("bulk");
        String codes = uniqueSku("BULK");
        String body = JsonMapper.builder().build().writeValueAsString(ImportBodies.request(
                ImportBodies.rows(prefix, codes, PRODUCTS, 2, brand, category, Map.of(material, "cotton"))));

        long started = System.nanoTime();
        Response imported = api.send(HttpMethod.POST, "/api/v1/products/import", EDITOR, body, Map.of());
        long roundTripMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
        assertThat(imported.body().path("products").asInt()).isEqualTo(PRODUCTS);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM product WHERE slug LIKE ?", Long.class, prefix + "-%"))
                .isEqualTo(PRODUCTS);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM sku WHERE code LIKE ?", Long.class, codes + "-%"))
                .isEqualTo(2L * PRODUCTS);
        String[] ids = jdbc.queryForList("SELECT id::text FROM product WHERE slug LIKE ?", String.class,
                prefix + "-%").toArray(String[]::new);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM outbox_event
                 WHERE message_key = ANY(?) AND event_type = 'catalog.product.created.v1'""", Long.class,
                (Object) ids)).isEqualTo(PRODUCTS);

        String line = String.format("%s products=%d skus=%d bodyBytes=%d batches=%d batchSize=%d server=%d ms "
                        + "roundTrip=%d ms%n", Instant.now(), PRODUCTS, 2 * PRODUCTS,
                body.getBytes(StandardCharsets.UTF_8).length, imported.body().path("batches").asInt(),
                imported.body().path("batchSize").asInt(), imported.body().path("elapsedMillis").asLong(),
                roundTripMillis);
        System.out.print(line);
        Path report = Path.of("target", "benchmarks", "catalog-import.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}

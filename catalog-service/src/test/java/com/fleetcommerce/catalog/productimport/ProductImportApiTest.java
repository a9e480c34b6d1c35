package com.fleetcommerce.catalog.productimport;

import static com.fleetcommerce.catalog.CatalogFixtures.CLERK;
import static com.fleetcommerce.catalog.CatalogFixtures.CUSTOMER;
import static com.fleetcommerce.catalog.CatalogFixtures.EDITOR;
import static com.fleetcommerce.catalog.CatalogFixtures.READER;
import static com.fleetcommerce.catalog.CatalogFixtures.unique;
import static com.fleetcommerce.catalog.CatalogFixtures.uniqueSku;
import static com.fleetcommerce.testsupport.TestKafkaConsumers.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import com.fleetcommerce.catalog.CatalogFixtures;
import com.fleetcommerce.catalog.CatalogIntegrationTest;
import com.fleetcommerce.catalog.product.application.ProductEvents;
import com.fleetcommerce.catalog.product.domain.Gtin;
import com.fleetcommerce.testsupport.ApiClient;
import com.fleetcommerce.testsupport.ApiClient.Response;
import com.fleetcommerce.testsupport.TestKafkaConsumers;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/v1/products/import}: all rows checked first, then written in batches with their events. */
@CatalogIntegrationTest
class ProductImportApiTest {

    private static final String IMPORT = "/api/v1/products/import";

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    private ApiClient api;
    private CatalogFixtures fixtures;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        fixtures = new CatalogFixtures(api);
    }

    @Test
    void importsMoreThanTwoBatchesThatReadLikeCreatedProductsWithOneCreatedEventEach() {
        UUID brand = fixtures.brand(unique("Importers"));
        UUID category = fixtures.category(unique("Imported tees"), null);
        String material = material(category);
        String prefix = ImportBodies.slugPrefix("tee");
        String codes = uniqueSku("IMP");
        List<Map<String, Object>> rows = ImportBodies.rows(prefix, codes, 1_200, 2, brand, category,
                Map.of(material, "cotton"));
        Map<String, Object> barcoded = firstSku(rows.get(0));
        barcoded.put("barcode", Gtin.withCheckDigit("8931" + String.format("%08d",
                ThreadLocalRandom.current().nextInt(100_000_000))));

        try (KafkaConsumer<String, String> consumer = TestKafkaConsumers.strings(bootstrapServers)) {
            consumer.subscribe(List.of(ProductEvents.TOPIC));

            Response imported = api.send(HttpMethod.POST, IMPORT, EDITOR, ImportBodies.request(rows), Map.of());

            assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
            assertThat(imported.body().path("products").asInt()).isEqualTo(1_200);
            assertThat(imported.body().path("skus").asInt()).isEqualTo(2_400);
            assertThat(imported.body().path("active").asInt()).isEqualTo(1_080);
            assertThat(imported.body().path("batches").asInt()).isEqualTo(3);
            assertThat(imported.body().path("batchSize").asInt()).isEqualTo(500);
            assertThat(imported.body().path("elapsedMillis").asLong()).isPositive();
            assertThat(count("SELECT count(*) FROM product WHERE slug LIKE ?", prefix + "-%")).isEqualTo(1_200);
            assertThat(count("SELECT count(*) FROM sku WHERE code LIKE ?", codes + "-%")).isEqualTo(2_400);
            assertThat(count("""
                    SELECT count(*) FROM product_attribute_value v JOIN product p ON p.id = v.product_id
                     WHERE p.slug LIKE ?""", prefix + "-%")).isEqualTo(1_200);

            // one created event per product (as DRAFT, version 0, like every created event) and one status change
            // per product imported as ACTIVE, all through the outbox
            Set<String> ids = new HashSet<>(jdbc.queryForList("SELECT id::text FROM product WHERE slug LIKE ?",
                    String.class, prefix + "-%"));
            Map<String, Long> outbox = new LinkedHashMap<>();
            jdbc.query("""
                    SELECT event_type, count(*) FROM outbox_event
                     WHERE topic = 'catalog.product' AND message_key = ANY(?) GROUP BY event_type
                    """, rs -> {
                outbox.put(rs.getString(1), rs.getLong(2));
            }, (Object) ids.toArray(String[]::new));
            assertThat(outbox).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "catalog.product.created.v1", 1_200L, "catalog.product.status-changed.v1", 1_080L));

            List<ConsumerRecord<String, String>> created = new ArrayList<>();
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (ids.contains(r.key()) && "catalog.product.created.v1".equals(header(r, "ce_type"))) {
                        created.add(r);
                    }
                });
                assertThat(created).hasSize(1_200);
            });
            assertThat(created.stream().map(ConsumerRecord::key).distinct()).hasSize(1_200);
            JsonNode first = json(created.stream().filter(r -> r.value().contains("\"" + prefix + "-0\""))
                    .findFirst().orElseThrow());
            assertThat(first.path("status").asString()).isEqualTo("DRAFT");
            assertThat(first.path("version").asLong()).isZero();
            assertThat(first.path("skus").valueStream().map(s -> s.path("code").asString()))
                    .containsExactly(codes + "-0-0", codes + "-0-1");
            assertThat(first.path("attributes").path(material).asString()).isEqualTo("cotton");
        }

        // public reads: an imported ACTIVE product reads exactly like one created and published through the API
        Map<String, Object> viaApi = ImportBodies.rows(ImportBodies.slugPrefix("api"), uniqueSku("API"), 1, 2,
                brand, category, Map.of(material, "cotton")).getFirst();
        viaApi.remove("status");
        Response createdViaApi = fixtures.createProduct(viaApi);
        assertThat(createdViaApi.status()).as(createdViaApi.body().toString()).isEqualTo(201);
        UUID apiId = UUID.fromString(createdViaApi.body().path("id").asString());
        assertThat(fixtures.status(apiId, "ACTIVE", "\"0\"").status()).isEqualTo(200);
        Response apiRead = api.get("/api/v1/products/" + apiId, null);

        Response read = api.get("/api/v1/products/by-slug/" + prefix + "-0", null);
        assertThat(read.status()).as(read.body().toString()).isEqualTo(200);
        assertThat(read.body().path("version").asLong()).isEqualTo(apiRead.body().path("version").asLong())
                .isEqualTo(1);
        assertThat(api.get("/api/v1/products/by-slug/" + prefix + "-0", READER).headers().getETag())
                .isEqualTo("\"1\"");
        assertThat(shape(read.body())).isEqualTo(shape(apiRead.body()));
        JsonNode product = read.body();
        assertThat(product.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(product.path("name").asString()).isEqualTo("Imported " + prefix + " 0");
        assertThat(product.path("brand").path("id").asString()).isEqualTo(brand.toString());
        assertThat(product.path("categories").get(0).path("id").asString()).isEqualTo(category.toString());
        assertThat(product.path("breadcrumbs").size()).isEqualTo(1);
        assertThat(product.path("seo").path("title").asString()).isEqualTo("Imported 0");
        assertThat(product.path("images").get(0).path("url").asString()).endsWith("/0.jpg");
        assertThat(product.path("attributes").get(0).path("code").asString()).isEqualTo(material);
        assertThat(product.path("attributes").get(0).path("value").asString()).isEqualTo("cotton");
        assertThat(product.path("skus").valueStream().map(s -> s.path("code").asString()))
                .containsExactly(codes + "-0-0", codes + "-0-1");
        assertThat(product.path("skus").get(0).path("barcode").asString()).isEqualTo(barcoded.get("barcode"));
        assertThat(product.path("skus").get(1).path("options").path("size").asString()).isEqualTo("S1");
        assertThat(product.path("skus").get(1).path("weightGrams").asInt()).isEqualTo(101);

        // drafts stay hidden from the public, visible to staff
        assertThat(api.get("/api/v1/products/by-slug/" + prefix + "-9", null).status()).isEqualTo(404);
        Response draft = api.get("/api/v1/products/by-slug/" + prefix + "-9", READER);
        assertThat(draft.status()).isEqualTo(200);
        assertThat(draft.headers().getETag()).isEqualTo("\"0\"");

        // the public listing of the category: the 1,080 imported ACTIVE ones and the one created through the API
        Response listed = api.get("/api/v1/products?category=" + category + "&size=5", null);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body().path("totalElements").asLong()).isEqualTo(1_081);
        Response filtered = api.get("/api/v1/products?category=" + category + "&attr." + material + "=cotton", null);
        assertThat(filtered.body().path("totalElements").asLong()).isEqualTo(1_081);

        // an imported product is an ordinary product afterwards: staff can change it with its ETag
        UUID importedId = UUID.fromString(product.path("id").asString());
        assertThat(fixtures.status(importedId, "DRAFT", "\"1\"").status()).isEqualTo(200);
    }

    @Test
    void oneInvalidRowRefusesTheWholeImportNamingTheRowAndNothingIsWritten() {
        UUID brand = fixtures.brand(unique("Refused"));
        UUID category = fixtures.category(unique("Refused tees"), null);
        String material = material(category);
        String existingCode = uniqueSku("OLD");
        Map<String, Object> existing = CatalogFixtures.product(unique("Existing"), brand, List.of(category),
                List.of(CatalogFixtures.sku(existingCode, Map.of("size", "M"))));
        existing.put("attributes", Map.of(material, "linen"));
        assertThat(fixtures.createProduct(existing).status()).isEqualTo(201);

        refused(brand, category, material, rows -> rows.get(3).put("slug", rows.get(1).get("slug")),
                3, "slug", "duplicate-in-request");
        refused(brand, category, material, rows -> rows.get(3).put("brandId", UUID.randomUUID()),
                3, "brandId", "unknown-reference");
        refused(brand, category, material, rows -> rows.get(3).put("attributes", Map.of(material, "silk")),
                3, "attributes." + material, "invalid");
        refused(brand, category, material, rows -> rows.get(3).remove("attributes"),
                3, "attributes." + material, "invalid");
        refused(brand, category, material, rows -> firstSku(rows.get(3)).put("code", existingCode),
                3, "skus[0].code", "taken");
        refused(brand, category, material, rows -> firstSku(rows.get(3)).put("code", firstSku(rows.get(0))
                .get("code")), 3, "skus[0].code", "duplicate-in-request");
        refused(brand, category, material, rows -> firstSku(rows.get(3)).put("code", "lower-case"),
                3, "skus[0].code", "invalid");
        refused(brand, category, material, rows -> rows.get(3).put("categoryIds", List.of(UUID.randomUUID())),
                3, "categoryIds[0]", "unknown-reference");
        refused(brand, category, material, rows -> rows.get(3).put("skus", List.of()),
                3, "status", "product-without-skus");
        refused(brand, category, material, rows -> firstSku(rows.get(3)).put("barcode", "8930000000000"),
                3, "skus[0].barcode", "invalid");
        refused(brand, category, material, rows -> skus(rows.get(3)).add(CatalogFixtures.sku(uniqueSku("TWIN"),
                Map.of("size", "S0"))), 3, "skus", "duplicate-variant");
        refused(brand, category, material, rows -> {
            rows.get(3).remove("slug");
            rows.get(3).put("name", rows.get(1).get("name"));
            rows.get(1).remove("slug");
        }, 3, "slug", "duplicate-in-request");
    }

    @Test
    void theSameFileTwiceIsRefusedTheSecondTimeAsTaken() {
        UUID brand = fixtures.brand(unique("Twice"));
        String prefix = ImportBodies.slugPrefix("twice");
        List<Map<String, Object>> rows = ImportBodies.rows(prefix, uniqueSku("TWICE"), 3, 1, brand, null, Map.of());
        assertThat(api.send(HttpMethod.POST, IMPORT, EDITOR, ImportBodies.request(rows), Map.of()).status())
                .isEqualTo(200);
        long[] before = counts();

        Response again = api.send(HttpMethod.POST, IMPORT, EDITOR, ImportBodies.request(rows), Map.of());

        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body().path("code").asString()).isEqualTo("product-import-rejected");
        assertThat(again.body().path("invalidRows").asInt()).isEqualTo(3);
        assertThat(again.body().path("rowErrors").valueStream().filter(e -> e.path("field").asString().equals("slug"))
                .map(e -> e.path("reason").asString())).containsExactly("taken", "taken", "taken");
        assertThat(again.body().path("rowErrors").valueStream()
                .filter(e -> e.path("field").asString().equals("skus[0].code")).count()).isEqualTo(3);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void importingNeedsCatalogWriteAndABodyWithinTheLimits() {
        String prefix = ImportBodies.slugPrefix("denied");
        Map<String, Object> body = ImportBodies.request(
                ImportBodies.rows(prefix, uniqueSku("DENIED"), 2, 1, null, null, Map.of()));
        long[] before = counts();
        assertThat(api.send(HttpMethod.POST, IMPORT, null, body, Map.of()).status()).isEqualTo(401);
        for (String token : List.of(CUSTOMER, CLERK, READER)) {
            Response denied = api.send(HttpMethod.POST, IMPORT, token, body, Map.of());
            assertThat(denied.status()).isEqualTo(403);
            assertThat(denied.body().path("code").asString()).isEqualTo("access-denied");
        }

        Response empty = api.send(HttpMethod.POST, IMPORT, EDITOR, Map.of("products", List.of()), Map.of());
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().path("errors").get(0).path("field").asString()).isEqualTo("products");
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int n = 0; n <= 10_000; n++) {
            tooMany.add(Map.of("name", "x"));
        }
        Response overLimit = api.send(HttpMethod.POST, IMPORT, EDITOR, Map.of("products", tooMany), Map.of());
        assertThat(overLimit.status()).isEqualTo(400);
        assertThat(overLimit.body().path("errors").get(0).path("field").asString()).isEqualTo("products");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void theImportMayBeLargerThanThePlatformLimitOtherEndpointsMayNot() {
        long[] before = counts();
        // the import may be larger than the platform's 2 MB; every other endpoint keeps that limit
        Map<String, Object> huge = CatalogFixtures.product(unique("Huge"), null, List.of(), List.of());
        huge.put("description", "x".repeat(3 * 1024 * 1024));
        Response bigImport = api.send(HttpMethod.POST, IMPORT, EDITOR, Map.of("products", List.of(huge)), Map.of());
        assertThat(bigImport.status()).as(bigImport.body().toString()).isEqualTo(422);
        assertThat(bigImport.body().path("rowErrors").get(0).path("field").asString()).isEqualTo("description");
        assertThat(fixtures.createProduct(huge).status()).isEqualTo(413);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aBatchRefusedByAConcurrentWriterStopsTheImportAndTheEarlierBatchesStay() {
        UUID first = fixtures.brand(unique("Early"));
        UUID later = fixtures.brand(unique("Late"));
        String prefix = ImportBodies.slugPrefix("raced");
        List<Map<String, Object>> rows = ImportBodies.rows(prefix, uniqueSku("RACED"), 1_200, 1, first, null,
                Map.of());
        rows.subList(500, 1_200).forEach(row -> row.put("brandId", later));
        long eventsBefore = count("SELECT count(*) FROM outbox_event WHERE topic <> 'audit.events'");
        long auditBefore = count("SELECT count(*) FROM outbox_event WHERE topic = 'audit.events'");

        // The second batch's rows reference a brand this transaction holds locked (its foreign-key check waits),
        // so the first batch commits, then someone else creates a product with a slug of the second batch.
        CompletableFuture<Response> importing = new TransactionTemplate(transactionManager).execute(status -> {
            jdbc.queryForObject("SELECT 1 FROM brand WHERE id = ? FOR UPDATE", Integer.class, later);
            CompletableFuture<Response> running = CompletableFuture.supplyAsync(
                    () -> api.send(HttpMethod.POST, IMPORT, EDITOR, ImportBodies.request(rows), Map.of()));
            await().atMost(Duration.ofSeconds(30)).until(
                    () -> count("SELECT count(*) FROM product WHERE slug LIKE ?", prefix + "-%") == 500);
            Map<String, Object> rival = CatalogFixtures.product(unique("Rival"), null, List.of(), List.of());
            rival.put("slug", prefix + "-700");
            assertThat(fixtures.createProduct(rival).status()).isEqualTo(201);
            return running;
        });

        Response interrupted = importing.join();
        assertThat(interrupted.status()).as(interrupted.body().toString()).isEqualTo(409);
        assertThat(interrupted.body().path("code").asString()).isEqualTo("product-import-interrupted");
        assertThat(interrupted.body().path("importedProducts").asInt()).isEqualTo(500);
        assertThat(interrupted.body().path("committedBatches").asInt()).isEqualTo(1);
        assertThat(interrupted.body().path("firstRowNotImported").asInt()).isEqualTo(500);
        assertThat(interrupted.body().path("reason").asString()).isEqualTo("product-slug-taken");
        // the first batch is complete with its events; nothing of the refused batch (or after it) exists
        assertThat(count("SELECT count(*) FROM product WHERE slug LIKE ?", prefix + "-%")).isEqualTo(501);
        assertThat(count("SELECT count(*) FROM product WHERE brand_id = ?", later)).isZero();
        assertThat(count("SELECT count(*) FROM outbox_event WHERE topic <> 'audit.events'") - eventsBefore)
                .isEqualTo(500 + 450 + 1);
        // and two audit records: the rival's product.created and the interrupted import's (500 products committed)
        assertThat(count("SELECT count(*) FROM outbox_event WHERE topic = 'audit.events'") - auditBefore)
                .isEqualTo(2);
        assertThat(count("SELECT count(*) FROM outbox_event WHERE topic = 'audit.events'"
                + " AND payload->>'action' = 'products.imported' AND payload->'after'->>'products' = '500'"
                + " AND payload->'after'->>'interruptedAtRow' = '500'"))
                .isEqualTo(1);
    }

    /** Six good rows, {@code spoil} makes one bad; the answer names it and nothing at all is written. */
    private void refused(UUID brand, UUID category, String material, Consumer<List<Map<String, Object>>> spoil,
                         int index, String field, String reason) {
        List<Map<String, Object>> rows = ImportBodies.rows(ImportBodies.slugPrefix("bad"), uniqueSku("BAD"), 6, 1,
                brand, category, Map.of(material, "cotton"));
        spoil.accept(rows);
        long[] before = counts();

        Response refused = api.send(HttpMethod.POST, IMPORT, EDITOR, ImportBodies.request(rows), Map.of());

        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(422);
        assertThat(refused.headers().getContentType()).hasToString("application/problem+json");
        assertThat(refused.body().path("code").asString()).isEqualTo("product-import-rejected");
        assertThat(refused.body().path("invalidRows").asInt()).as(refused.body().toString()).isEqualTo(1);
        assertThat(refused.body().path("errorCount").asInt()).as(refused.body().toString()).isEqualTo(1);
        JsonNode error = refused.body().path("rowErrors").get(0);
        assertThat(error.path("index").asInt()).as(refused.body().toString()).isEqualTo(index);
        assertThat(error.path("field").asString()).as(refused.body().toString()).isEqualTo(field);
        assertThat(error.path("reason").asString()).as(refused.body().toString()).isEqualTo(reason);
        assertThat(error.path("message").asString()).isNotBlank();
        assertThat(refused.body().path("detail").asString()).contains("row " + index);
        assertThat(counts()).as("nothing written for " + field).isEqualTo(before);
    }

    private String material(UUID category) {
        String code = CatalogFixtures.uniqueCode("material");
        Map<String, Object> definition = CatalogFixtures.attributeBody(code, "ENUM");
        definition.put("allowedValues", List.of("cotton", "linen"));
        fixtures.attribute(definition);
        fixtures.template(category, List.of(CatalogFixtures.line(code, true)));
        return code;
    }

    private static Map<String, Object> firstSku(Map<String, Object> row) {
        return skus(row).getFirst();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> skus(Map<String, Object> row) {
        return (List<Map<String, Object>>) row.get("skus");
    }

    /** Rows of every table an import writes, and the outbox. */
    private long[] counts() {
        return new long[] {count("SELECT count(*) FROM product"), count("SELECT count(*) FROM sku"),
                count("SELECT count(*) FROM product_category"), count("SELECT count(*) FROM product_image"),
                count("SELECT count(*) FROM product_attribute_value"), count("SELECT count(*) FROM outbox_event")};
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private static JsonNode json(ConsumerRecord<String, String> record) {
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(record.value());
    }

    /** The field names of a JSON tree (arrays by their first element): what a client of the read API relies on. */
    private static Set<String> shape(JsonNode node) {
        Set<String> names = new TreeSet<>();
        shape(node, "", names);
        return names;
    }

    private static void shape(JsonNode node, String prefix, Set<String> names) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                names.add(prefix + e.getKey());
                shape(e.getValue(), prefix + e.getKey() + ".", names);
            });
        } else if (node.isArray() && !node.isEmpty()) {
            shape(node.get(0), prefix, names);
        }
    }
}

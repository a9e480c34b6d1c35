package com.fleetcommerce.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.testsupport.TestJwts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Issue 5's price propagation benchmark on the running fleet: a price change committed in pricing-service (its HTTP
 * answer to the PUT received) until the catalog's product page shows the new price. 1,000 changes over 20 SKUs of
 * one product, on a price list of its own. Reports to stdout and target/benchmarks/price.txt; asserts only that
 * every change arrived.
 */
@Tag("benchmark")
@ExtendWith(FleetExtension.class)
class PriceBenchmarkIT {

    @Test
    void priceChangeToCatalogProductPage(Fleet fleet) throws Exception {
        assumeTrue(fleet.startedHere(), "needs a fleet started by the tests (it trusts the test token issuer)");
        String pricing = fleet.member("pricing-service").baseUrl();
        String catalog = fleet.member("catalog-service").baseUrl();
        String pricer = TestJwts.staff().permissions("prices:write").token();
        String editor = TestJwts.staff().permissions("catalog:write").token();
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        int skus = 20;
        int changes = 1_000;

        List<Map<String, Object>> skuBodies = new ArrayList<>();
        for (int s = 0; s < skus; s++) {
            skuBodies.add(Map.of("code", "BENCH-PRICE-" + suffix + "-" + s, "options", Map.of("n", "v" + s)));
        }
        HttpJson.Response created = HttpJson.post(catalog + "/api/v1/products", editor, Map.of(
                "name", "Price benchmark " + suffix, "description", "Priced again and again.", "skus", skuBodies));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String id = created.body().path("id").asString();
        assertThat(HttpJson.post(catalog + "/api/v1/products/" + id + "/status", editor,
                Map.of("status", "ACTIVE"), Map.of("If-Match", "\"0\"")).status()).isEqualTo(200);
        // a list of its own, above every demo list, so each change moves the effective price
        HttpJson.Response list = HttpJson.post(pricing + "/api/v1/price-lists", pricer, Map.of(
                "code", "BENCH-" + suffix, "currency", "VND", "priority", 1_000, "taxInclusive", true));
        assertThat(list.status()).as(list.body().toString()).isEqualTo(201);
        String prices = pricing + "/api/v1/price-lists/" + list.body().path("id").asString() + "/prices";

        long[] nanos = new long[changes];
        for (int i = 0; i < changes; i++) {
            String sku = "BENCH-PRICE-" + suffix + "-" + (i % skus);
            String amount = Long.toString(100_000 + i);
            HttpJson.Response put = HttpJson.put(prices, pricer, Map.of("sku", sku, "productId", id,
                    "amount", Map.of("amount", amount, "currency", "VND")));
            assertThat(put.status()).as(put.body().toString()).isIn(200, 201);
            long committed = System.nanoTime();
            long deadline = committed + 30_000_000_000L;
            while (!amount.equals(shownPrice(catalog, id, sku))) {
                assertThat(System.nanoTime()).as("change %d of %s visible within 30 s", i, sku).isLessThan(deadline);
            }
            nanos[i] = System.nanoTime() - committed;
        }
        String line = "price change committed in pricing-service (HTTP answer received) -> new price on "
                + "GET /api/v1/products/{id} of catalog-service: " + Percentiles.of(nanos).describe();
        System.out.println("BENCHMARK " + line);
        Path file = Path.of("target/benchmarks/price.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, Instant.now() + " " + line + System.lineSeparator(), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    private static String shownPrice(String catalog, String id, String sku) throws Exception {
        JsonNode page = HttpJson.get(catalog + "/api/v1/products/" + id, null).body();
        return page.path("skus").valueStream().filter(s -> s.path("code").asString().equals(sku)).findFirst()
                .map(s -> s.path("price").path("amount").path("amount").asString()).orElse("");
    }
}

package com.fleetcommerce.pricing.benchmark;

import static com.fleetcommerce.pricing.PricingFixtures.WRITER;
import static com.fleetcommerce.pricing.PricingFixtures.body;
import static com.fleetcommerce.pricing.PricingFixtures.line;
import static com.fleetcommerce.pricing.PricingFixtures.money;
import static com.fleetcommerce.pricing.PricingFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.pricing.PricingFixtures;
import com.fleetcommerce.pricing.PricingIntegrationTest;
import com.fleetcommerce.pricing.TaxRatesFixture;
import com.fleetcommerce.testsupport.ApiClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/**
 * Timings, not pass/fail criteria: a 50-line quote (p50/p95/p99 over HTTP on loopback, warm cache) and a
 * 100,000-row bulk import. Runs only with {@code -Dpricing.benchmarks=true} (see docs/performance.md); asserts the
 * answers and appends the numbers to {@code target/benchmarks/pricing.txt}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "pricing.benchmarks", matches = "true")
@PricingIntegrationTest
class PricingBenchmarkTest {

    private static final int LINES = 50;
    private static final int WARMUP = 500;
    private static final int MEASURED = 3_000;
    private static final int BULK_ROWS = 100_000;

    @LocalServerPort
    int port;

    @Test
    void aQuoteOfFiftyLines() throws IOException {
        PricingFixtures fixtures = new PricingFixtures(new ApiClient(port));
        TaxRatesFixture.vietnam(fixtures.api());
        String retailCode = unique("BRETAIL");
        UUID retail = fixtures.list(retailCode, "VND", "REGULAR", 0, true);
        UUID sale = fixtures.list(unique("BSALE"), "VND", "SALE", 5, true);
        UUID product = UUID.randomUUID();
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < LINES; i++) {
            String sku = unique("BQ" + i);
            switch (i % 5) {
                case 0 -> fixtures.putOk(sale, body("sku", sku, "amount", money("90000", "VND"),
                        "compareAt", money("120000", "VND")));
                case 1 -> fixtures.putOk(retail, body("sku", sku, "amount", money("55000", "VND"),
                        "tiers", List.of(body("minQuantity", 3, "amount", money("50000", "VND")))));
                case 2 -> fixtures.putOk(retail, body("sku", sku, "productId", product,
                        "amount", money("75000", "VND"), "validFrom", "2099-01-01T00:00:00Z"));
                default -> fixtures.putOk(retail, body("sku", sku, "amount", money(String.valueOf(10000 + i), "VND")));
            }
            lines.add(line(sku, 1 + i % 4));
        }
        fixtures.putOk(retail, body("productId", product, "amount", money("70000", "VND")));
        // one active rule on the base list, so the measured path includes rule resolution
        ApiClient.Response rule = fixtures.api().send(HttpMethod.POST, "/api/v1/price-rules", WRITER,
                body("code", unique("BRULE"), "baseList", retailCode, "kind", "PERCENTAGE", "percentage", "10",
                        "target", body("kind", "PRODUCTS", "ids", List.of(product))), Map.of());
        assertThat(rule.status()).as(rule.body().toString()).isEqualTo(201);
        Map<String, Object> request = body("currency", "VND", "country", "VN", "lines", lines);

        for (int i = 0; i < WARMUP; i++) {
            assertThat(fixtures.quote(request).status()).isEqualTo(200);
        }
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long started = System.nanoTime();
            ApiClient.Response quote = fixtures.quote(request);
            nanos[i] = System.nanoTime() - started;
            assertThat(quote.status()).isEqualTo(200);
            assertThat(quote.body().path("lines").size()).isEqualTo(LINES);
        }
        Arrays.sort(nanos);
        String result = String.format("%s quote lines=%d n=%d p50=%.2f ms p95=%.2f ms p99=%.2f ms max=%.2f ms%n",
                Instant.now(), LINES, MEASURED, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99),
                nanos[nanos.length - 1] / 1e6);
        report(result);
    }

    @Test
    void aBulkImportOfOneHundredThousandRows() throws IOException {
        PricingFixtures fixtures = new PricingFixtures(new ApiClient(port));
        String listCode = unique("BULK100K");
        fixtures.list(listCode, "VND", "REGULAR", 0, true);
        String prefix = unique("B");
        List<Map<String, Object>> rows = new ArrayList<>(BULK_ROWS);
        for (int i = 0; i < BULK_ROWS; i++) {
            rows.add(body("priceList", listCode, "sku", prefix + "-" + i,
                    "amount", money(String.valueOf(1000 + i), "VND")));
        }
        long started = System.nanoTime();
        ApiClient.Response created = fixtures.api().send(HttpMethod.PUT, "/api/v1/prices/bulk", WRITER,
                Map.of("rows", rows), Map.of());
        long createMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(created.status()).as(created.body().toString()).isEqualTo(200);
        assertThat(created.body().path("events").asInt()).isEqualTo(BULK_ROWS);

        for (int i = 0; i < BULK_ROWS; i++) {
            rows.set(i, body("priceList", listCode, "sku", prefix + "-" + i,
                    "amount", money(String.valueOf(2000 + i), "VND")));
        }
        started = System.nanoTime();
        ApiClient.Response changed = fixtures.api().send(HttpMethod.PUT, "/api/v1/prices/bulk", WRITER,
                Map.of("rows", rows), Map.of());
        long changeMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(changed.status()).as(changed.body().toString()).isEqualTo(200);
        assertThat(changed.body().path("events").asInt()).isEqualTo(BULK_ROWS);

        report(String.format("%s bulk rows=%d create=%d ms change=%d ms (HTTP round trip, events included)%n",
                Instant.now(), BULK_ROWS, createMillis, changeMillis));
    }

    private static double ms(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static void report(String line) throws IOException {
        System.out.print(line);
        Path report = Path.of("target", "benchmarks", "pricing.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}

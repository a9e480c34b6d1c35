package com.fleetcommerce.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fleetcommerce.testsupport.TestJwts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 5's quote benchmark on the running fleet: {@code POST /api/v1/quotes} of 50 lines (sale prices with
 * compare-at, quantity tiers, plain SKU prices; VND with Vietnam's VAT) on pricing-service, driven by {@code wrk} with
 * one connection (the service's latency) and then four (under load). Reports throughput and latency percentiles;
 * asserts only that every answer was a 200 with 50 priced lines.
 */
@Tag("benchmark")
@ExtendWith(FleetExtension.class)
class QuoteBenchmarkIT {

    private static final String WRITER = TestJwts.staff().permissions("prices:write").token();
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

    @Test
    void quotesOfFiftyLines(Fleet fleet) throws Exception {
        assumeTrue(fleet.startedHere(), "needs a fleet started by the tests (it trusts the test token issuer)");
        assumeTrue(new ProcessBuilder("wrk", "--version").start().waitFor(10, TimeUnit.SECONDS),
                "needs wrk (apt-get install wrk)");
        String pricing = fleet.member("pricing-service").baseUrl();
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String retail = list(pricing, "BENCH-R-" + run, "REGULAR", 0);
        String sale = list(pricing, "BENCH-S-" + run, "SALE", 5);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String sku = "BENCH-Q-" + run + "-" + i;
            Map<String, Object> price = new LinkedHashMap<>();
            price.put("sku", sku);
            String target = retail;
            switch (i % 5) {
                case 0 -> {
                    target = sale;
                    price.put("amount", vnd("90000"));
                    price.put("compareAt", vnd("120000"));
                }
                case 1 -> {
                    price.put("amount", vnd("55000"));
                    price.put("tiers", List.of(Map.of("minQuantity", 3, "amount", vnd("50000"))));
                }
                default -> price.put("amount", vnd(String.valueOf(10_000 + i)));
            }
            HttpJson.Response put = HttpJson.put(pricing + "/api/v1/price-lists/" + target + "/prices", WRITER, price);
            assertThat(put.status()).as(put.body().toString()).isIn(200, 201);
            lines.add(Map.of("sku", sku, "quantity", 1 + i % 4));
        }
        Map<String, Object> request = Map.of("currency", "VND", "country", "VN", "lines", lines);
        String body = JsonMapper.builder().build().writeValueAsString(request);
        HttpJson.Response first = HttpJson.post(pricing + "/api/v1/quotes", null, request);
        assertThat(first.status()).as(first.body().toString()).isEqualTo(200);
        assertThat(first.body().path("lines").size()).isEqualTo(50);

        Path script = Files.createTempFile("quote", ".lua");
        Files.writeString(script, "wrk.method = \"POST\"\nwrk.headers[\"Content-Type\"] = \"application/json\"\n"
                + "wrk.body = [[" + body + "]]\n");
        wrk(pricing, script, "30s", 4);                 // warm-up: JIT, caches, connection pools
        // one client: the service's own latency; four: what it does under load on these two cores
        for (int connections : new int[] {1, 4}) {
            String measured = wrk(pricing, script, "30s", connections);
            assertThat(find(NON_2XX, measured, "0")).as("non-2xx answers").isEqualTo("0");
            String line = String.format("quote of 50 lines (VND, VAT, sale + tiers + plain) with wrk -t1 -c%d -d30s: "
                            + "%s requests, %s req/s, latency p50 %s, p90 %s, p99 %s", connections,
                    find(REQUESTS, measured, "?"), find(RATE, measured, "?"), percentile(measured, "50"),
                    percentile(measured, "90"), percentile(measured, "99"));
            System.out.println("BENCHMARK " + line);
            Path file = Path.of("target/benchmarks/pricing.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, Instant.now() + " " + line + System.lineSeparator(), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
    }

    private static String list(String pricing, String code, String kind, int priority) throws Exception {
        HttpJson.Response created = HttpJson.post(pricing + "/api/v1/price-lists", WRITER, Map.of(
                "code", code, "currency", "VND", "kind", kind, "priority", priority, "taxInclusive", true));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body().path("id").asString();
    }

    private static Map<String, String> vnd(String amount) {
        return Map.of("amount", amount, "currency", "VND");
    }

    private static String wrk(String baseUrl, Path script, String duration, int connections) throws Exception {
        Process wrk = new ProcessBuilder("wrk", "-t1", "-c" + connections, "-d" + duration, "--latency", "-s", script.toString(),
                baseUrl + "/api/v1/quotes").redirectErrorStream(true).start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(wrk.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(wrk.exitValue()).as(out).isZero();
        return out;
    }

    private static String percentile(String run, String p) {
        return find(Pattern.compile("\\s" + p + "%\\s+([\\d.]+\\w+)"), run, "?");
    }

    private static String find(Pattern pattern, String text, String fallback) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : fallback;
    }
}

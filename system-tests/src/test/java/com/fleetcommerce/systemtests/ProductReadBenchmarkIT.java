package com.fleetcommerce.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 4's read benchmark on the running fleet: public product pages ({@code GET /api/v1/products/by-slug/...}, each
 * with its SKUs' availability) of the demo catalog, driven by {@code wrk} (Debian package {@code wrk}; a JVM client on
 * the same two cores would take the CPU the service needs). Reports throughput, latency percentiles and the stock
 * read model's Redis hit rate over the run (from catalog-service's Prometheus counters). Asserts only that every
 * answer was a 200.
 */
@Tag("benchmark")
@ExtendWith(FleetExtension.class)
class ProductReadBenchmarkIT {

    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern HIT = Pattern.compile("catalog_stock_reads_total\\{[^}]*path=\"(\\w+)\"[^}]*} ([\\d.E]+)");

    @Test
    void productPagesThroughputLatencyAndCacheHitRate(Fleet fleet) throws Exception {
        assumeTrue(new ProcessBuilder("wrk", "--version").start().waitFor(10, TimeUnit.SECONDS),
                "needs wrk (apt-get install wrk)");
        String catalog = fleet.member("catalog-service").baseUrl();
        List<String> slugs = HttpJson.get(catalog + "/api/v1/products?size=50", null).body().path("items")
                .valueStream().map(p -> p.path("slug").asString()).toList();
        assertThat(slugs).as("demo products").hasSizeGreaterThanOrEqualTo(5);
        Path script = Files.createTempFile("product-pages", ".lua");
        Files.writeString(script, "local slugs = {" + String.join(",", slugs.stream().map(s -> "\"" + s + "\"")
                .toList()) + "}\nlocal i = 0\nrequest = function()\n  i = i + 1\n"
                + "  return wrk.format(\"GET\", \"/api/v1/products/by-slug/\" .. slugs[(i % #slugs) + 1])\nend\n");

        wrk(catalog, script, "15s");                    // warm-up: JIT, caches, connection pools
        double[] before = hitAndAll(catalog);
        String run = wrk(catalog, script, "30s");
        double[] after = hitAndAll(catalog);

        assertThat(find(NON_2XX, run, "0")).as("non-2xx answers").isEqualTo("0");
        double hitRate = (after[0] - before[0]) / Math.max(1, after[1] - before[1]);
        String line = String.format("product pages (%d demo products, availability per SKU) with wrk -t2 -c16 -d30s: "
                        + "%s requests, %s req/s, latency %s; stock Redis hit rate %.4f",
                slugs.size(), find(REQUESTS, run, "?"), find(RATE, run, "?"), latency(run), hitRate);
        System.out.println("BENCHMARK " + line);
        Path file = Path.of("target/benchmarks/catalog.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, Instant.now() + " " + line + System.lineSeparator(), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    private static String wrk(String baseUrl, Path script, String duration) throws IOException, InterruptedException {
        Process wrk = new ProcessBuilder("wrk", "-t2", "-c16", "-d" + duration, "--latency", "-s", script.toString(),
                baseUrl).redirectErrorStream(true).start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(wrk.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(wrk.exitValue()).as(out).isZero();
        return out;
    }

    /** {Redis hits, all reads} of the stock read model so far. */
    private static double[] hitAndAll(String catalog) throws Exception {
        String text = HttpJson.getText(catalog + "/actuator/prometheus");
        double hit = 0;
        double all = 0;
        Matcher m = HIT.matcher(text);
        while (m.find()) {
            double value = Double.parseDouble(m.group(2));
            all += value;
            if (m.group(1).equals("redis_hit")) {
                hit += value;
            }
        }
        return new double[] {hit, all};
    }

    private static String latency(String run) {
        StringBuilder out = new StringBuilder();
        for (String p : new String[] {"50", "90", "99"}) {
            out.append("p").append(p).append(' ').append(find(Pattern.compile("\\s" + p + "%\\s+([\\d.]+\\w+)"), run, "?"))
                    .append(p.equals("99") ? "" : ", ");
        }
        return out.toString();
    }

    private static String find(Pattern pattern, String text, String fallback) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : fallback;
    }
}

package com.fleetcommerce.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmarks of issue 6 on the fleet started by the tests (with {@code -Pbenchmarks} the per-IP limits are raised,
 * see {@link Fleet}): the gateway's added latency over a direct call, and logins per second. They report to stdout
 * and system-tests/target/benchmarks/edge.txt and assert only correctness (every answer 200).
 */
@Tag("benchmark")
@ExtendWith(FleetExtension.class)
class EdgeBenchmarkIT {

    private static final String PASSWORD = "Quiet-Harbour-Lamp-77";

    /**
     * The same public product pages, side by side in one run: two {@code wrk} processes at once, one through the
     * gateway with 14 connections and one straight to catalog-service with 2, each connection waiting 10 ms between
     * requests (wrk's {@code delay()}, not counted in the latency): at least 1,000 requests/s through the gateway
     * (12 connections gave only 880-950, as each connection's cycle is the pause plus the answer), and about 170
     * direct requests/s sampling the upstream's own latency under the same machine load at the same time. The
     * freshly started fleet first settles (up to 3 minutes, until the machine is below 15 % busy), then the warm-up
     * (60 s unpaced, 20 s paced), then 30 s measured. The gateway's overhead is the difference of the two latency
     * distributions; the run fails if the gateway stream fell short of 1,000 requests/s, as it would then not
     * measure what issue 6 asks.
     * <p>
     * The direct stream is deliberately not 1,000 requests/s too: on two cores shared with the whole fleet, a second
     * 1,000 requests/s to catalog-service saturated the machine, and the result measured the CPU queue rather than
     * the gateway.
     */
    @Test
    void gatewayOverheadAtAThousandRequestsPerSecond(Fleet fleet) throws Exception {
        assumeTrue(fleet.startedHere() && fleet.hasMember("gateway-service"), "needs the fleet with its gateway");
        assumeTrue(new ProcessBuilder("wrk", "--version").start().waitFor(10, TimeUnit.SECONDS),
                "needs wrk (apt-get install wrk)");
        String catalog = fleet.member("catalog-service").baseUrl();
        String gateway = fleet.member("gateway-service").baseUrl();
        List<String> slugs = HttpJson.get(catalog + "/api/v1/products?size=50", null).body().path("items")
                .valueStream().map(p -> p.path("slug").asString()).toList();
        assertThat(slugs).as("demo products").hasSizeGreaterThanOrEqualTo(5);
        Path script = Files.createTempFile("paced-product-pages", ".lua");
        Files.writeString(script, "local slugs = {" + String.join(",", slugs.stream().map(s -> "\"" + s + "\"")
                .toList()) + "}\nlocal i = 0\nrequest = function()\n  i = i + 1\n"
                + "  return wrk.format(\"GET\", \"/api/v1/products/by-slug/\" .. slugs[(i % #slugs) + 1])\nend\n"
                + "delay = function()\n  return 10\nend\n");

        // a fleet that has just started is still compiling and settling (twelve JVMs on two cores): first wait until
        // the machine is quiet, then a minute flat out through the gateway (which also reaches catalog-service) gets
        // the hot paths to C2, then 20 s at the pace
        double busyAtStart = MachineLoad.awaitQuiet(0.15, Duration.ofMinutes(3));
        Path unpaced = Files.createTempFile("product-pages", ".lua");
        Files.writeString(unpaced, Files.readString(script).replaceAll("(?s)delay = function.*", ""));
        output(wrkProcess(gateway, unpaced, "60s", 8));
        sideBySide(catalog, gateway, script, "20s");
        String[] run = sideBySide(catalog, gateway, script, "30s");

        report(String.format(Locale.ROOT, "product page side by side, wrk -t1 -d30s with 10 ms between requests per"
                        + " connection: direct (2 connections) %s req/s (%s), through the gateway (14 connections)"
                        + " %s req/s (%s); machine %.0f %% busy before the warm-up",
                requestsPerSecond(run[0]), latency(run[0]), requestsPerSecond(run[1]), latency(run[1]),
                busyAtStart * 100));
        assertThat(run[0]).as("direct: every answer 200").doesNotContain("Non-2xx").doesNotContain("Socket errors");
        assertThat(run[1]).as("gateway: every answer 200").doesNotContain("Non-2xx").doesNotContain("Socket errors");
        assertThat(Double.parseDouble(requestsPerSecond(run[1]))).as("the gateway stream's rate")
                .isGreaterThanOrEqualTo(1_000);
    }

    private static String[] sideBySide(String direct, String gateway, Path script, String duration)
            throws IOException, InterruptedException {
        Process a = wrkProcess(direct, script, duration, 2);
        Process b = wrkProcess(gateway, script, duration, 14);
        return new String[] {output(a), output(b)};
    }

    /** Logins of one customer with wrk (each one an Argon2id check, a session and a refresh token), direct and via the gateway. */
    @Test
    void loginsPerSecond(Fleet fleet) throws Exception {
        assumeTrue(fleet.startedHere() && fleet.hasMember("gateway-service"), "needs the fleet with its gateway");
        assumeTrue(new ProcessBuilder("wrk", "--version").start().waitFor(10, TimeUnit.SECONDS),
                "needs wrk (apt-get install wrk)");
        String auth = fleet.member("auth-service").baseUrl();
        String gateway = fleet.member("gateway-service").baseUrl();
        String email = "bench-" + UUID.randomUUID() + "@example.com";
        assertThat(HttpJson.post(auth + "/api/v1/auth/register", null,
                Map.of("email", email, "password", PASSWORD)).status()).isEqualTo(202);
        Path script = Files.createTempFile("login", ".lua");
        Files.writeString(script, """
                wrk.method = "POST"
                wrk.headers["Content-Type"] = "application/json"
                wrk.body = '{"email":"%s","password":"%s","device":"benchmark"}'
                """.formatted(email, PASSWORD));

        wrk(auth, script, "15s");                       // warm-up
        String direct = wrk(auth, script, "20s");
        String throughGateway = wrk(gateway, script, "20s");
        report(String.format(Locale.ROOT, "logins with wrk -t2 -c8 -d20s: direct to auth-service %s req/s (%s),"
                        + " through the gateway %s req/s (%s)", requestsPerSecond(direct), latency(direct),
                requestsPerSecond(throughGateway), latency(throughGateway)));
        assertThat(direct).as("every login answered 200").doesNotContain("Non-2xx");
        assertThat(throughGateway).as("every login answered 200").doesNotContain("Non-2xx");
    }

    private static String wrk(String baseUrl, Path script, String duration) throws IOException, InterruptedException {
        Process wrk = new ProcessBuilder("wrk", "-t2", "-c8", "-d" + duration, "--latency", "-s", script.toString(),
                baseUrl + "/api/v1/auth/login").redirectErrorStream(true).start();
        return output(wrk);
    }

    private static Process wrkProcess(String baseUrl, Path script, String duration, int connections)
            throws IOException {
        return new ProcessBuilder("wrk", "-t1", "-c" + connections, "-d" + duration, "--latency", "-s",
                script.toString(), baseUrl).redirectErrorStream(true).start();
    }

    private static String output(Process wrk) throws IOException, InterruptedException {
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(wrk.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(wrk.exitValue()).as(out).isZero();
        return out;
    }

    private static String requestsPerSecond(String wrkOutput) {
        Matcher m = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(wrkOutput);
        assertThat(m.find()).as(wrkOutput).isTrue();
        return m.group(1);
    }

    private static String latency(String wrkOutput) {
        Matcher p50 = Pattern.compile("50%\\s+(\\S+)").matcher(wrkOutput);
        Matcher p90 = Pattern.compile("90%\\s+(\\S+)").matcher(wrkOutput);
        Matcher p99 = Pattern.compile("99%\\s+(\\S+)").matcher(wrkOutput);
        assertThat(p50.find() && p90.find() && p99.find()).as(wrkOutput).isTrue();
        return "p50 " + p50.group(1) + ", p90 " + p90.group(1) + ", p99 " + p99.group(1);
    }

    private static void report(String line) throws IOException {
        System.out.println("BENCHMARK " + line);
        Path file = Path.of("target/benchmarks/edge.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, Instant.now() + " " + line + System.lineSeparator(), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}

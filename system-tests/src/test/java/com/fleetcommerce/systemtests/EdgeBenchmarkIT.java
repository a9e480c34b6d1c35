package com.fleetcommerce.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
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

    private static final int RATE_PER_SECOND = 1_000;
    private static final String PASSWORD = "Quiet-Harbour-Lamp-77";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    /**
     * The same public product pages, side by side in one run: every millisecond one request goes straight to
     * catalog-service and one through the gateway (open loop, 1,000 requests/s each, latency measured from the
     * moment each request was due, so a stall is not hidden by the client waiting). 20 s warm-up, then 30 s.
     */
    @Test
    void gatewayOverheadAtAThousandRequestsPerSecond(Fleet fleet) throws Exception {
        assumeTrue(fleet.startedHere() && fleet.hasMember("gateway-service"), "needs the fleet with its gateway");
        String catalog = fleet.member("catalog-service").baseUrl();
        String gateway = fleet.member("gateway-service").baseUrl();
        List<String> paths = HttpJson.get(catalog + "/api/v1/products?size=50", null).body().path("items")
                .valueStream().map(p -> "/api/v1/products/by-slug/" + p.path("slug").asString()).toList();
        assertThat(paths).as("demo products").hasSizeGreaterThanOrEqualTo(5);

        pace(catalog, gateway, paths, Duration.ofSeconds(20));
        Pair run = pace(catalog, gateway, paths, Duration.ofSeconds(30));

        Percentiles direct = Percentiles.of(run.direct().latencies());
        Percentiles edge = Percentiles.of(run.gateway().latencies());
        report(String.format(Locale.ROOT,
                "product page at %d req/s direct and %d req/s through the gateway, side by side for 30 s:"
                        + " direct %s; gateway %s; added p50 %.2f ms, p99 %.2f ms; failures direct %d, gateway %d",
                RATE_PER_SECOND, RATE_PER_SECOND, direct.describe(), edge.describe(),
                edge.p50Ms() - direct.p50Ms(), edge.p99Ms() - direct.p99Ms(), run.direct().failures(),
                run.gateway().failures()));
        assertThat(run.direct().failures()).isZero();
        assertThat(run.gateway().failures()).isZero();
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

    private Pair pace(String direct, String gateway, List<String> paths, Duration duration) {
        Side directSide = new Side();
        Side gatewaySide = new Side();
        long interval = TimeUnit.SECONDS.toNanos(1) / RATE_PER_SECOND;
        long count = duration.toSeconds() * RATE_PER_SECOND;
        long start = System.nanoTime();
        ConcurrentLinkedQueue<CompletableFuture<?>> inFlight = new ConcurrentLinkedQueue<>();
        for (long i = 0; i < count; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            String path = paths.get((int) (i % paths.size()));
            inFlight.add(send(direct + path, due, directSide));
            inFlight.add(send(gateway + path, due, gatewaySide));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
        return new Pair(directSide, gatewaySide);
    }

    private CompletableFuture<?> send(String url, long due, Side side) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, error) -> {
            side.latencies.add(System.nanoTime() - due);
            if (error != null || response.statusCode() != 200) {
                side.failures.incrementAndGet();
            }
            return null;
        });
    }

    private static final class Side {
        final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        final AtomicInteger failures = new AtomicInteger();

        long[] latencies() {
            return latencies.stream().mapToLong(Long::longValue).toArray();
        }

        int failures() {
            return failures.get();
        }
    }

    private record Pair(Side direct, Side gateway) {
    }

    private static String wrk(String baseUrl, Path script, String duration) throws IOException, InterruptedException {
        Process wrk = new ProcessBuilder("wrk", "-t2", "-c8", "-d" + duration, "--latency", "-s", script.toString(),
                baseUrl + "/api/v1/auth/login").redirectErrorStream(true).start();
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
        Matcher p99 = Pattern.compile("99%\\s+(\\S+)").matcher(wrkOutput);
        assertThat(p50.find() && p99.find()).as(wrkOutput).isTrue();
        return "p50 " + p50.group(1) + ", p99 " + p99.group(1);
    }

    private static void report(String line) throws IOException {
        System.out.println("BENCHMARK " + line);
        Path file = Path.of("target/benchmarks/edge.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, Instant.now() + " " + line + System.lineSeparator(), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}

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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fleetcommerce.testsupport.TestJwts;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmarks of issue 3, against the fleet started by the launcher. They measure and report (to stdout and
 * system-tests/target/benchmarks/warehouse.txt); the only assertions are correctness (no oversell, every change
 * published), never timings. Run: {@code ./platform test -pl system-tests -Pbenchmarks} or
 * {@code ./mvnw -pl system-tests verify -Pbenchmarks} with the jars built.
 */
@Tag("benchmark")
@ExtendWith(FleetExtension.class)
class WarehouseBenchmarkIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String STAFF = TestJwts.staff().permissions("inventory:write", "warehouse:manage")
            .expiresIn(Duration.ofHours(2)).token();
    private static final String ORDER_SERVICE = TestJwts.service("order-service").scopes("inventory.reserve")
            .expiresIn(Duration.ofHours(2)).token();

    @Test
    void reservationsPerSecondOnOneHotSku(Fleet fleet) throws Exception {
        reservationsPerSecond(fleet, 1);
    }

    /**
     * Steady throughput on one hot SKU with a cheap client: {@code wrk} (a JVM client with 32 threads takes a fifth
     * of this machine's two cores) sends single-unit reservations with unique keys for 20 s over 32 connections,
     * after 20 s of the same warm-up on another SKU. The SKU has more stock than the run can take, so every answer
     * must be 201, and the level must then hold exactly as many reserved units as there were 201s.
     */
    @Test
    void steadyReservationsPerSecondOnOneHotSkuWithWrk(Fleet fleet) throws Exception {
        assumeTrue(new ProcessBuilder("wrk", "--version").start().waitFor(10, TimeUnit.SECONDS),
                "needs wrk (apt-get install wrk)");
        String base = base(fleet);
        String prefix = "BENCH-WRK-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "-";
        String warehouse = DemoWarehouses.idOf(base, STAFF, "HN-01");
        receive(base, warehouse, prefix + "WARM-UP", 1_000_000);
        receive(base, warehouse, prefix + "HOT", 1_000_000);

        WrkRun warmUp = wrkReservations(base, prefix + "WARM-UP", "20s");
        assertThat(warmUp.other()).as("warm-up answers other than 201: " + warmUp.output()).isZero();
        WrkRun run = wrkReservations(base, prefix + "HOT", "20s");

        var level = HttpJson.get(base + "/api/v1/stock/" + prefix + "HOT", STAFF).body();
        long reserved = level.path("totalReserved").asLong();
        report(String.format(Locale.ROOT,
                "steady reservations on 1 hot SKU with wrk -t2 -c32 -d20s after a 20 s warm-up: %d reservations"
                        + " = %.0f/s (all 201: %d, other answers: %d); latency %s; reserved=%d",
                run.created(), run.created() / 20.0, run.created(), run.other(), run.latency(), reserved));
        assertThat(run.other()).as("answers other than 201: " + run.output()).isZero();
        // wrk stops counting at the deadline while up to one request per connection is still being answered
        assertThat(reserved).as("one reserved unit per 201, plus at most the requests in flight at the end")
                .isBetween(run.created(), run.created() + 32);
    }

    private static WrkRun wrkReservations(String base, String sku, String duration) throws Exception {
        Path script = Files.createTempFile("reserve", ".lua");
        // each connection's thread numbers its own keys; response() counts answers per thread, done() adds them up
        Files.writeString(script, """
                local threads = {}
                local id = 0
                function setup(thread)
                  id = id + 1
                  thread:set("tid", id)
                  table.insert(threads, thread)
                end
                function init(args)
                  n = 0
                  created = 0
                  other = 0
                  prefix = "wrk-%s-" .. tid .. "-"
                end
                function request()
                  n = n + 1
                  local body = '{"reservationKey":"' .. prefix .. n .. '","lines":[{"sku":"%s","quantity":1}]}'
                  return wrk.format("POST", "/api/v1/reservations", {
                    ["Content-Type"] = "application/json",
                    ["Authorization"] = "Bearer %s"}, body)
                end
                function response(status, headers, body)
                  if status == 201 then created = created + 1 else other = other + 1 end
                end
                function done(summary, latency, requests)
                  local c, o = 0, 0
                  for _, t in ipairs(threads) do
                    c = c + t:get("created")
                    o = o + t:get("other")
                  end
                  io.write(string.format("ANSWERS created=%%d other=%%d\\n", c, o))
                  io.write(string.format("LATENCY p50=%%.1fms p90=%%.1fms p99=%%.1fms max=%%.1fms\\n",
                    latency:percentile(50) / 1000, latency:percentile(90) / 1000,
                    latency:percentile(99) / 1000, latency.max / 1000))
                end
                """.formatted(UUID.randomUUID(), sku, ORDER_SERVICE));
        Process wrk = new ProcessBuilder("wrk", "-t2", "-c32", "-d" + duration, "-s", script.toString(), base)
                .redirectErrorStream(true).start();
        String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(wrk.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(wrk.exitValue()).as(out).isZero();
        Matcher answers = Pattern.compile("ANSWERS created=(\\d+) other=(\\d+)").matcher(out);
        Matcher latency = Pattern.compile("LATENCY (.*)").matcher(out);
        assertThat(answers.find() && latency.find()).as(out).isTrue();
        return new WrkRun(Long.parseLong(answers.group(1)), Long.parseLong(answers.group(2)), latency.group(1), out);
    }

    private record WrkRun(long created, long other, String latency, String output) {
    }

    /** The same load spread over 32 SKUs: tells whether the hot row's lock or the machine is the limit. */
    @Test
    void reservationsPerSecondSpreadOver32Skus(Fleet fleet) throws Exception {
        reservationsPerSecond(fleet, 32);
    }

    private void reservationsPerSecond(Fleet fleet, int skuCount) throws Exception {
        String base = base(fleet);
        String prefix = "BENCH-HOT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase() + "-";
        String warehouse = DemoWarehouses.idOf(base, STAFF, "HN-01");
        int stock = 2_000;
        int requests = 3_000;
        int clients = 32;
        List<String> skus = new ArrayList<>();
        for (int i = 0; i < skuCount; i++) {
            skus.add(prefix + i);
            receive(base, warehouse, prefix + i, stock / skuCount + (i < stock % skuCount ? 1 : 0));
        }
        // Steady state, not start-up: the same reservation path on a SKU of its own until the JIT has compiled it
        // (a fleet started for the benchmark runs interpreted and C1 code for its first thousands of requests).
        String warmUpSku = prefix + "WARM-UP";
        receive(base, warehouse, warmUpSku, WARM_UP_REQUESTS);
        Run warmUp = reserve(base, List.of(warmUpSku), WARM_UP_REQUESTS, clients);
        assertThat(warmUp.ok()).as("warm-up reservations").isEqualTo(WARM_UP_REQUESTS);

        Run run = reserve(base, skus, requests, clients);
        long reserved = 0;
        long onHand = 0;
        for (String sku : skus) {
            var level = HttpJson.get(base + "/api/v1/stock/" + sku, STAFF).body();
            reserved += level.path("totalReserved").asLong();
            onHand += level.path("totalOnHand").asLong();
        }
        Percentiles p = Percentiles.of(run.latencies());
        report(String.format(Locale.ROOT,
                "reservations on %d SKU(s) after %d warm-up reservations: %d requests by %d clients in %.2f s"
                        + " = %.0f req/s (%d reserved = %.0f/s), %d x 409, %d other; latency %s; reserved=%d"
                        + " onHand=%d",
                skuCount, WARM_UP_REQUESTS, requests, clients, run.seconds(), requests / run.seconds(), run.ok(),
                run.ok() / run.seconds(), run.conflict(), run.other(), p.describe(), reserved, onHand));

        assertThat(run.other()).as("only 201 and 409 answers").isZero();
        assertThat(run.ok()).as("no oversell, no undersell").isEqualTo(stock);
        assertThat(reserved).isEqualTo(stock);
    }

    private static final int WARM_UP_REQUESTS = 6_000;

    private static void receive(String base, String warehouse, String sku, long units) throws Exception {
        assertThat(HttpJson.post(base + "/api/v1/stock/receipts", STAFF,
                Map.of("sku", sku, "warehouseId", warehouse, "quantity", units)).status()).isEqualTo(200);
    }

    /** {@code requests} single-unit reservations, round robin over the SKUs, from {@code clients} threads at once. */
    private static Run reserve(String base, List<String> skus, int requests, int clients) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger conflict = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        long began;
        long ended;
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                done.add(pool.submit(() -> {
                    start.await();
                    long t0 = System.nanoTime();
                    int status = HttpJson.post(base + "/api/v1/reservations", ORDER_SERVICE,
                            Map.of("reservationKey", "bench-" + UUID.randomUUID(), "lines", List.of(Map.of(
                                    "sku", skus.get(next.getAndIncrement() % skus.size()), "quantity", 1)))).status();
                    latencies.add(System.nanoTime() - t0);
                    (status == 201 ? ok : status == 409 ? conflict : other).incrementAndGet();
                    return null;
                }));
            }
            began = System.nanoTime();
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
            ended = System.nanoTime();
        }
        return new Run((ended - began) / 1e9, ok.get(), conflict.get(), other.get(),
                latencies.stream().mapToLong(Long::longValue).toArray());
    }

    private record Run(double seconds, int ok, int conflict, int other, long[] latencies) {
    }

    @Test
    void latencyFromACommittedStockChangeToItsKafkaRecord(Fleet fleet) throws Exception {
        String base = base(fleet);
        String warehouse = DemoWarehouses.idOf(base, STAFF, "HCM-01");
        String prefix = "BENCH-LAT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";
        int changes = 1_000;
        long[] nanos = new long[changes];
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of("warehouse.stock"));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
            }
            consumer.seekToEnd(consumer.assignment());
            consumer.poll(Duration.ofMillis(10));
            for (int i = 0; i < changes; i++) {
                String sku = prefix + (i % 20);
                HttpJson.Response r = HttpJson.post(base + "/api/v1/stock/receipts", STAFF,
                        Map.of("sku", sku, "warehouseId", warehouse, "quantity", 1));
                assertThat(r.status()).isEqualTo(200);
                // The response arrives after the commit; the record is consumed as soon as the relay has sent it.
                long committed = System.nanoTime();
                long version = r.body().path("version").asLong();
                nanos[i] = awaitRecord(consumer, sku, version) - committed;
            }
        }
        Percentiles p = Percentiles.of(nanos);
        report("stock change committed (HTTP 200 received) -> its record consumed from warehouse.stock: "
                + p.describe());
    }

    @Test
    void bulkUpsertOfTenThousandRows(Fleet fleet) throws Exception {
        String base = base(fleet);
        String prefix = "BENCH-BULK-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";
        List<String> codes = List.of("HN-01", "HP-01", "DN-01", "HCM-01", "CT-01");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            rows.add(Map.of("sku", prefix + (i / 5), "warehouseCode", codes.get(i % 5), "onHand", 10 + i % 7));
        }
        Map<String, Object> body = Map.of("reason", "benchmark import", "reference", prefix, "rows", rows);
        long t0 = System.nanoTime();
        HttpJson.Response first = HttpJson.put(base + "/api/v1/stock-levels/bulk", STAFF, body);
        long created = System.nanoTime() - t0;
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().path("created").asInt()).isEqualTo(10_000);

        List<Map<String, Object>> changed = rows.stream()
                .map(r -> Map.<String, Object>of("sku", r.get("sku"), "warehouseCode", r.get("warehouseCode"),
                        "onHand", ((Integer) r.get("onHand")) + 1)).toList();
        t0 = System.nanoTime();
        HttpJson.Response second = HttpJson.put(base + "/api/v1/stock-levels/bulk", STAFF,
                Map.of("reason", "benchmark recount", "reference", prefix + "2", "rows", changed));
        long updated = System.nanoTime() - t0;
        assertThat(second.body().path("changed").asInt()).isEqualTo(10_000);
        report(String.format(Locale.ROOT, "bulk upsert of 10,000 rows over HTTP: create %.2f s, change all %.2f s",
                created / 1e9, updated / 1e9));
    }

    private static String base(Fleet fleet) {
        assumeTrue(fleet.startedHere(), "needs a fleet started by the tests (it trusts the test token issuer)");
        return fleet.member("warehouse-service").baseUrl();
    }


    private static long awaitRecord(KafkaConsumer<String, String> consumer, String sku, long version) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(5))) {
                if (record.key().equals(sku) && JSON.readTree(record.value()).path("version").asLong() == version) {
                    return System.nanoTime();
                }
            }
        }
        throw new AssertionError("no record for " + sku + " version " + version + " within 30 s");
    }

    private static KafkaConsumer<String, String> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Fleet.kafkaBootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "benchmark-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 5);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return new KafkaConsumer<>(props);
    }

    private static void report(String line) throws IOException {
        System.out.println("BENCHMARK " + line);
        Path file = Path.of("target/benchmarks/warehouse.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, Instant.now() + " " + line + System.lineSeparator(), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}

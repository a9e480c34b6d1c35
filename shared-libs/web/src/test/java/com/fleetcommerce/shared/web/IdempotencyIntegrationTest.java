package com.fleetcommerce.shared.web;

import static com.fleetcommerce.shared.web.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fleetcommerce.shared.web.idempotency.IdempotencyCleanup;
import com.fleetcommerce.shared.web.support.TestHttp;
import com.fleetcommerce.shared.web.support.WebIntegrationTest;
import com.fleetcommerce.shared.web.testapp.IdempotencyTestControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Idempotency-Key end to end: real port, real PostgreSQL, handlers that count their runs. */
class IdempotencyIntegrationTest extends WebIntegrationTest {

    private static final String ORDERS = "/test/idem/orders";
    private static final String ORDER = "{\"item\": \"SKU-1\", \"quantity\": 2}";

    @Autowired
    private IdempotencyTestControl control;

    @Autowired
    private IdempotencyCleanup cleanup;

    @Autowired
    private JdbcClient jdbc;

    private String key;

    @BeforeEach
    void newKey() {
        control.reset();
        key = UUID.randomUUID().toString();
    }

    @AfterEach
    void releaseHandlers() {
        control.openGate();
    }

    @Test
    void repeatReplaysTheFirstResponseAndTheHandlerRunsOnce() {
        TestHttp.Response first = order(ORDERS, ORDER);
        TestHttp.Response second = order(ORDERS, ORDER);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.contentType()).isEqualTo(first.contentType());
        assertThat(second.header("Location")).isEqualTo(first.header("Location")).startsWith("/test/idem/orders/");
        assertThat(control.invocations(tag("orders"))).isEqualTo(1);
    }

    @Test
    void sameKeyWithADifferentBodyIsA422AndDoesNotRun() {
        order(ORDERS, ORDER);

        TestHttp.Response reused = order(ORDERS, "{\"item\": \"SKU-1\", \"quantity\": 3}");

        assertProblem(reused, 422, "idempotency-key-reused", ORDERS);
        assertThat(control.invocations(tag("orders"))).isEqualTo(1);
    }

    @Test
    void sameKeyFromAnotherCallerRunsIndependently() {
        TestHttp.Response alice = http.post(ORDERS, ORDER).header("Idempotency-Key", key)
                .basicAuth("alice", "alice-pw").send();
        TestHttp.Response bob = http.post(ORDERS, ORDER).header("Idempotency-Key", key)
                .basicAuth("bob", "bob-pw").send();
        TestHttp.Response anonymous = order(ORDERS, ORDER);

        assertThat(List.of(alice, bob, anonymous)).allSatisfy(response -> {
            assertThat(response.status()).isEqualTo(201);
            assertThat(response.header("Idempotent-Replayed")).isNull();
        });
        assertThat(control.invocations(tag("orders"))).isEqualTo(3);
        assertThat(alice.body()).isNotEqualTo(bob.body());

        TestHttp.Response aliceAgain = http.post(ORDERS, ORDER).header("Idempotency-Key", key)
                .basicAuth("alice", "alice-pw").send();
        assertThat(aliceAgain.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(aliceAgain.body()).isEqualTo(alice.body());
    }

    @Test
    void sameKeyOnAnotherRouteRunsIndependently() {
        TestHttp.Response order = order(ORDERS, ORDER);
        TestHttp.Response reservation = order("/test/idem/reservations", ORDER);

        assertThat(order.status()).isEqualTo(201);
        assertThat(reservation.status()).isEqualTo(201);
        assertThat(reservation.header("Idempotent-Replayed")).isNull();
        assertThat(control.invocations(tag("orders"))).isEqualTo(1);
        assertThat(control.invocations(tag("reservations"))).isEqualTo(1);
    }

    @Test
    void concurrentDuplicatesWaitThenGet409WhileTheFirstIsStillRunning() throws Exception {
        control.closeGate();
        List<Future<TestHttp.Response>> responses = sendConcurrently(20);
        await().atMost(Duration.ofSeconds(30)).until(() -> control.invocations(tag("orders")) == 1);
        // the handler is held; every duplicate must give up after its wait and answer 409
        await().atMost(Duration.ofSeconds(30)).until(() -> responses.stream().filter(Future::isDone).count() == 19);

        control.openGate();
        List<TestHttp.Response> all = collect(responses);

        List<TestHttp.Response> inProgress = all.stream().filter(r -> r.status() == 409).toList();
        List<TestHttp.Response> created = all.stream().filter(r -> r.status() == 201).toList();
        assertThat(inProgress).hasSize(19).allSatisfy(r -> {
            assertProblem(r, 409, "idempotency-request-in-progress", ORDERS);
            assertThat(r.header("Retry-After")).isEqualTo("1");
        });
        assertThat(created).hasSize(1);
        assertThat(control.invocations(tag("orders"))).isEqualTo(1);

        TestHttp.Response retry = order(ORDERS, ORDER);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.body()).isEqualTo(created.getFirst().body());
        assertThat(control.invocations(tag("orders"))).isEqualTo(1);
    }

    @Test
    void concurrentDuplicatesGetTheStoredReplayOnceTheFirstFinishes() throws Exception {
        control.closeGate();
        List<Future<TestHttp.Response>> responses = sendConcurrently(20);
        await().atMost(Duration.ofSeconds(30)).until(() -> control.invocations(tag("orders")) == 1);

        control.openGate();
        List<TestHttp.Response> all = collect(responses);

        List<TestHttp.Response> original = all.stream()
                .filter(r -> r.status() == 201 && r.header("Idempotent-Replayed") == null).toList();
        assertThat(original).hasSize(1);
        assertThat(all).allSatisfy(r -> {
            if (r.status() == 201) {
                assertThat(r.body()).isEqualTo(original.getFirst().body());
            }
            else {
                assertProblem(r, 409, "idempotency-request-in-progress", ORDERS);
            }
        });
        assertThat(all.stream().filter(r -> "true".equals(r.header("Idempotent-Replayed"))).count())
                .as("duplicates that waited for the first one").isPositive();
        assertThat(control.invocations(tag("orders"))).isEqualTo(1);
    }

    @Test
    void serverErrorReleasesTheKeySoARetryRuns() {
        control.failNext(1);

        TestHttp.Response failed = order(ORDERS, ORDER);
        TestHttp.Response retried = order(ORDERS, ORDER);
        TestHttp.Response replayed = order(ORDERS, ORDER);

        assertProblem(failed, 500, "internal-error", ORDERS);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.header("Idempotent-Replayed")).isNull();
        assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replayed.body()).isEqualTo(retried.body());
        assertThat(control.invocations(tag("orders"))).isEqualTo(2);
    }

    @Test
    void clientErrorIsStoredAndReplayed() {
        TestHttp.Response first = http.post("/test/idem/refused", "{}").header("Idempotency-Key", key).send();
        TestHttp.Response second = http.post("/test/idem/refused", "{}").header("Idempotency-Key", key).send();

        assertProblem(first, 409, "conflict", "/test/idem/refused");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(control.invocations(tag("refused"))).isEqualTo(1);
    }

    @Test
    void expiredRecordsAreCleanedUpAndLiveOnesKept() {
        order(ORDERS, ORDER);
        String liveKey = key;
        key = UUID.randomUUID().toString();
        order(ORDERS, ORDER);
        expire(key);

        int deleted = cleanup.purgeExpired();

        assertThat(deleted).isGreaterThanOrEqualTo(1);
        assertThat(rows(key)).isZero();
        assertThat(rows(liveKey)).isEqualTo(1);
    }

    @Test
    void expiredRecordIsNotReplayedEvenBeforeCleanup() {
        TestHttp.Response first = order(ORDERS, ORDER);
        expire(key);

        TestHttp.Response second = order(ORDERS, ORDER);

        assertThat(second.status()).isEqualTo(201);
        assertThat(second.header("Idempotent-Replayed")).isNull();
        assertThat(second.body()).isNotEqualTo(first.body());
        assertThat(control.invocations(tag("orders"))).isEqualTo(2);
    }

    @Test
    void invalidKeysAreA400() {
        TestHttp.Response tooLong = http.post(ORDERS, ORDER).header("Idempotency-Key", "k".repeat(256)).send();
        TestHttp.Response twoValues = http.post(ORDERS, ORDER).header("Idempotency-Key", "a")
                .header("Idempotency-Key", "b").send();

        assertProblem(tooLong, 400, "invalid-idempotency-key", ORDERS);
        assertProblem(twoValues, 400, "invalid-idempotency-key", ORDERS);
        assertThat(control.invocations("orders:" + "k".repeat(256))).isZero();
    }

    @Test
    void keyOf255CharactersIsAccepted() {
        key = "k".repeat(255);

        assertThat(order(ORDERS, ORDER).status()).isEqualTo(201);
        assertThat(order(ORDERS, ORDER).header("Idempotent-Replayed")).isEqualTo("true");
    }

    @Test
    void requiredKeyMissingIsA428() {
        TestHttp.Response response = http.post("/test/idem/payments/o-1", "{}").send();

        assertProblem(response, 428, "idempotency-key-required", "/test/idem/payments/o-1");
        assertThat(control.invocations("payments:null")).isZero();
    }

    @Test
    void requiredKeyPresentRunsOnceAndReplays() {
        TestHttp.Response first = http.post("/test/idem/payments/o-1", "{}").header("Idempotency-Key", key).send();
        TestHttp.Response second = http.post("/test/idem/payments/o-1", "{}").header("Idempotency-Key", key).send();

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(control.invocations(tag("payments"))).isEqualTo(1);
    }

    @Test
    void asyncHandlersAreStoredAndReplayedToo() {
        TestHttp.Response first = order("/test/idem/async", ORDER);
        TestHttp.Response second = order("/test/idem/async", ORDER);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().path("item").asString()).isEqualTo("SKU-1");
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(control.invocations(tag("async"))).isEqualTo(1);
    }

    @Test
    void formBodiesAreFingerprintedByTheirParameters() {
        TestHttp.Response first = form("item=SKU-1&quantity=2");
        TestHttp.Response second = form("item=SKU-1&quantity=2");
        TestHttp.Response different = form("item=SKU-2&quantity=2");

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().path("item").asString()).isEqualTo("SKU-1");
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(second.body()).isEqualTo(first.body());
        assertProblem(different, 422, "idempotency-key-reused", "/test/idem/form");
        assertThat(control.invocations(tag("form"))).isEqualTo(1);
    }

    @Test
    void oversizedChunkedBodyWithAKeyIsA413AndNeverRuns() {
        byte[] body = ("{\"item\": \"" + "x".repeat(40 * 1024) + "\", \"quantity\": 1}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        TestHttp.Response response = http.postChunked(ORDERS, body).header("Idempotency-Key", key).send();

        assertProblem(response, 413, "payload-too-large", ORDERS);
        assertThat(control.invocations(tag("orders"))).isZero();
        assertThat(rows(key)).isZero();
    }

    @Test
    void oversizedUploadWithAKeyIsA413NotA500() {
        TestHttp.Response response = http.postFile("/test/problems/upload", 4096)
                .header("Idempotency-Key", key).send();

        assertProblem(response, 413, "payload-too-large", "/test/problems/upload");
        assertThat(rows(key)).isZero();
    }

    @Test
    void safeMethodsIgnoreTheKey() {
        TestHttp.Response first = http.get("/test/pages").header("Idempotency-Key", key).send();
        TestHttp.Response second = http.get("/test/pages").header("Idempotency-Key", key).send();

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.header("Idempotent-Replayed")).isNull();
        assertThat(rows(key)).isZero();
    }

    @Test
    void requestsWithoutAKeyAreNotDeduplicated() {
        http.post(ORDERS, ORDER).send();
        http.post(ORDERS, ORDER).send();

        assertThat(control.invocations("orders:null")).isGreaterThanOrEqualTo(2);
    }

    private TestHttp.Response order(String path, String body) {
        return http.post(path, body).header("Idempotency-Key", key).send();
    }

    private TestHttp.Response form(String body) {
        return http.method("POST", "/test/idem/form", java.net.http.HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Idempotency-Key", key).send();
    }

    private String tag(String route) {
        return route + ":" + key;
    }

    private List<Future<TestHttp.Response>> sendConcurrently(int count) {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<TestHttp.Response>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return order(ORDERS, ORDER);
            }));
        }
        start.countDown();
        pool.shutdown();
        return futures;
    }

    private static List<TestHttp.Response> collect(List<Future<TestHttp.Response>> futures) throws Exception {
        List<TestHttp.Response> responses = new ArrayList<>();
        for (Future<TestHttp.Response> future : futures) {
            responses.add(future.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }
        return responses;
    }

    private void expire(String idempotencyKey) {
        jdbc.sql("UPDATE idempotency_keys SET expires_at = now() - INTERVAL '1 minute' WHERE idempotency_key = ?")
                .param(idempotencyKey).update();
    }

    private int rows(String idempotencyKey) {
        return jdbc.sql("SELECT count(*) FROM idempotency_keys WHERE idempotency_key = ?").param(idempotencyKey)
                .query(Integer.class).single();
    }
}

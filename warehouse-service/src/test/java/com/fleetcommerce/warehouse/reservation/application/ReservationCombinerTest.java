package com.fleetcommerce.warehouse.reservation.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.fleetcommerce.shared.web.problem.ProblemException;
import com.fleetcommerce.warehouse.reservation.domain.RequestedLine;
import com.fleetcommerce.warehouse.reservation.domain.Reservation;
import com.fleetcommerce.warehouse.reservation.domain.ReservationRequest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The combiner's queueing, with the transactional batch replaced by a recording stand-in (the real batch is tested
 * against PostgreSQL in {@link ReservationBatchTest} and {@link ReservationCombiningTest}).
 */
class ReservationCombinerTest {

    private static final String SKU = "SKU-COMBINER-1";

    private final StandIn service = new StandIn();
    /** The trace each caller thread is in, as the application's trace capture would see it. */
    private static final ThreadLocal<String> CALLERS_TRACE = new ThreadLocal<>();

    private final List<List<String>> batches = new CopyOnWriteArrayList<>();
    private final Map<String, Map<String, String>> tracesByKey = new ConcurrentHashMap<>();
    private final CountDownLatch releaseBlocker = new CountDownLatch(1);
    private final ExecutorService callers = Executors.newCachedThreadPool();
    private ReservationCombiner combiner;

    @AfterEach
    void stop() throws InterruptedException {
        releaseBlocker.countDown();
        combiner.destroy();
        callers.shutdownNow();
    }

    @Test
    void aBatchThatFailsAsAWholeIsRetriedCallByCallSoOnlyTheBadCallFails() throws Exception {
        start(Duration.ofSeconds(20));
        service.answer = calls -> {
            record(calls);
            if (calls.size() > 1) {
                throw new IllegalStateException("the batch's transaction failed");
            }
            if (calls.getFirst().request().key().equals("bad")) {
                throw new IllegalArgumentException("this call is broken");
            }
            return List.of(created(calls.getFirst()));
        };

        CompletableFuture<ReserveOutcome> blocker = reserveLater("blocker");
        await().atMost(Duration.ofSeconds(10)).until(() -> batches.size() == 1);
        CompletableFuture<ReserveOutcome> good = reserveLater("good");
        CompletableFuture<ReserveOutcome> bad = reserveLater("bad");
        CompletableFuture<ReserveOutcome> alsoGood = reserveLater("also-good");
        await().atMost(Duration.ofSeconds(10)).until(() -> combiner.waiting() == 3);
        releaseBlocker.countDown();

        assertThat(blocker.get(10, TimeUnit.SECONDS).created()).isTrue();
        assertThat(good.get(10, TimeUnit.SECONDS).reservation().key()).isEqualTo("good");
        assertThat(alsoGood.get(10, TimeUnit.SECONDS).reservation().key()).isEqualTo("also-good");
        assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalArgumentException.class);
        assertThat(batches).hasSize(5);
        assertThat(batches.get(0)).containsExactly("blocker");
        assertThat(batches.get(1)).as("the three queued calls in one batch")
                .containsExactlyInAnyOrder("good", "bad", "also-good");
        assertThat(batches.subList(2, 5)).as("then each alone").containsExactlyInAnyOrder(List.of("good"),
                List.of("bad"), List.of("also-good"));
    }

    @Test
    void aKeyAlreadyInTheBatchWaitsForTheNextOne() throws Exception {
        start(Duration.ofSeconds(20));
        answerEveryCall();

        for (CompletableFuture<ReserveOutcome> call : queuedBehindABlocker("k1", "k1", "k2")) {
            call.get(10, TimeUnit.SECONDS);
        }
        assertThat(batches).hasSize(3);
        assertThat(batches.get(1)).as("one call per key in a batch").containsExactlyInAnyOrder("k1", "k2");
        assertThat(batches.get(2)).containsExactly("k1");
    }

    @Test
    void aCallNotAnsweredInTimeGetsA503ItCanRepeat() {
        start(Duration.ofMillis(300));
        answerEveryCall();

        assertThatThrownBy(() -> combiner.reserve(request("blocker"), "order-service"))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status().value()).isEqualTo(503);
                    assertThat(problem.detail()).contains("same reservation key");
                });
    }

    @Test
    void eachCallReachesTheBatchWithItsCallersTraceNotTheLanesThread() throws Exception {
        start(Duration.ofSeconds(20));
        answerEveryCall();

        for (CompletableFuture<ReserveOutcome> call : queuedBehindABlocker("k1", "k2", "k3")) {
            assertThat(call.get(10, TimeUnit.SECONDS).created()).isTrue();
        }

        assertThat(batches).hasSize(2);
        assertThat(batches.get(1)).containsExactlyInAnyOrder("k1", "k2", "k3");
        assertThat(tracesByKey).containsOnlyKeys("blocker", "k1", "k2", "k3");
        tracesByKey.forEach((key, trace) -> assertThat(trace).as(key)
                .containsExactly(Map.entry("traceparent", "trace-of-" + key)));
    }

    private void answerEveryCall() {
        service.answer = calls -> {
            record(calls);
            return calls.stream().map(ReservationCombinerTest::created).toList();
        };
    }

    /**
     * A blocker's batch holds the lane until the calls for {@code keys} have all queued behind it, then lets go.
     *
     * @return the blocker's call, then the queued ones
     */
    private List<CompletableFuture<ReserveOutcome>> queuedBehindABlocker(String... keys) {
        List<CompletableFuture<ReserveOutcome>> calls = new ArrayList<>(List.of(reserveLater("blocker")));
        await().atMost(Duration.ofSeconds(10)).until(() -> batches.size() == 1);
        for (String key : keys) {
            calls.add(reserveLater(key));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> combiner.waiting() == keys.length);
        releaseBlocker.countDown();
        return calls;
    }

    private void start(Duration maxWait) {
        combiner = new ReservationCombiner(service, new CombiningProperties(true, 1, 64, maxWait),
                new SimpleMeterRegistry(), () -> CALLERS_TRACE.get() == null
                        ? Map.of() : Map.of("traceparent", CALLERS_TRACE.get()));
    }

    /** Records the batch; the first batch (the blocker) holds the lane until the test lets it go. */
    private void record(List<ReserveCall> calls) {
        batches.add(calls.stream().map(c -> c.request().key()).toList());
        calls.forEach(c -> tracesByKey.put(c.request().key(), c.trace()));
        if (batches.size() == 1) {
            try {
                releaseBlocker.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The service with its batch replaced by the test's answer; nothing else of it is used by the combiner here. */
    private static final class StandIn extends ReservationService {

        private volatile Function<List<ReserveCall>, List<ReserveResult>> answer;

        StandIn() {
            super(null, null, null, null, null);
        }

        @Override
        public List<ReserveResult> reserveAll(List<ReserveCall> calls) {
            return answer.apply(calls);
        }
    }

    private CompletableFuture<ReserveOutcome> reserveLater(String key) {
        return CompletableFuture.supplyAsync(() -> {
            CALLERS_TRACE.set("trace-of-" + key);
            try {
                return combiner.reserve(request(key), "order-service");
            } finally {
                CALLERS_TRACE.remove();
            }
        }, callers);
    }

    private static ReservationRequest request(String key) {
        return new ReservationRequest(key, List.of(new RequestedLine(SKU, 1)), null,
                ReservationRequest.DEFAULT_TTL_SECONDS);
    }

    private static ReserveResult created(ReserveCall call) {
        return ReserveResult.of(new ReserveOutcome(Reservation.open(UUID.randomUUID(), call.request(), call.actor(),
                Instant.now()), true));
    }
}

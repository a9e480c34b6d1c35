package com.fleetcommerce.warehouse.reservation.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fleetcommerce.shared.events.tracing.TraceContextCapture;
import com.fleetcommerce.shared.security.principal.CurrentPrincipal;
import com.fleetcommerce.shared.security.principal.PlatformPrincipal;
import com.fleetcommerce.warehouse.reservation.domain.ReservationRequest;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Request combining for reservations. Under load many checkouts reserve the same few SKUs at once; each in its own
 * transaction would queue on the hot stock level's row lock and pay a lock hand-off and a commit apiece. Instead the
 * calls wait in a lane (chosen by their smallest SKU, so one SKU's buyers share a lane) and the lane's thread reserves
 * for everything that has queued up in one transaction ({@link ReservationService#reserveAll}): as many reservations
 * per lock hand-off and commit as callers arrived meanwhile, none when the service is idle (a lone call runs at
 * once, in a batch of one). Outcomes are those of the calls run one after the other in arrival order.
 * <p>Staff reservations run in the caller's thread instead: their audit record names the caller, whose identity
 * lives on that thread. A batch that fails as a whole (a database error) is retried call by call, so one bad call
 * cannot fail the others. Calls with a key already in the batch wait for the next one. Each reservation's event
 * carries its caller's trace; the batch's stock events, which serve several callers, carry none.
 */
@Component
@EnableConfigurationProperties(CombiningProperties.class)
public class ReservationCombiner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReservationCombiner.class);
    private static final long IDLE_POLL_MILLIS = 250;
    private static final long STOP_WAIT_SECONDS = 10;

    private final ReservationService reservations;
    private final CombiningProperties properties;
    private final TraceContextCapture traces;
    private final Lane[] lanes;
    private final DistributionSummary batchSizes;
    private volatile boolean stopping;

    public ReservationCombiner(ReservationService reservations, CombiningProperties properties, MeterRegistry meters,
                               TraceContextCapture traces) {
        this.reservations = reservations;
        this.properties = properties;
        this.traces = traces;
        this.lanes = new Lane[properties.lanes()];
        for (int i = 0; i < lanes.length; i++) {
            lanes[i] = new Lane(i);
        }
        this.batchSizes = DistributionSummary.builder("warehouse.reservations.batch.size")
                .description("reservation calls answered by one transaction").register(meters);
        Gauge.builder("warehouse.reservations.waiting", this, ReservationCombiner::waiting)
                .description("reservation calls queued for the next batch").register(meters);
    }

    public ReserveOutcome reserve(ReservationRequest request, String actor) {
        boolean staff = CurrentPrincipal.get().map(PlatformPrincipal::isStaff).orElse(false);
        if (!properties.enabled() || staff) {
            return reservations.reserve(request, actor);
        }
        // reserved in the lane's thread: the reservation's event keeps the caller's trace, captured here
        Pending pending = new Pending(new ReserveCall(request, actor, Set.of(), traces.currentHeaders()));
        laneOf(request).submit(pending);
        return pending.await();
    }

    /** Calls queued in all lanes, not yet taken into a batch. */
    public int waiting() {
        int waiting = 0;
        for (Lane lane : lanes) {
            waiting += lane.queue.size();
        }
        return waiting;
    }

    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        for (Lane lane : lanes) {
            lane.stop();
        }
    }

    private Lane laneOf(ReservationRequest request) {
        String first = request.skus().stream().min(Comparator.naturalOrder()).orElseThrow();
        return lanes[Math.floorMod(first.hashCode(), lanes.length)];
    }

    /** Runs a batch; if it fails as a whole, each call on its own, so each gets its own answer. */
    private void run(List<Pending> batch) {
        batchSizes.record(batch.size());
        try {
            List<ReserveResult> results = reservations.reserveAll(batch.stream().map(Pending::call).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).answer(results.get(i));
            }
        } catch (RuntimeException failed) {
            if (batch.size() == 1) {
                batch.getFirst().fail(failed);
                return;
            }
            log.warn("a batch of {} reservations failed; retrying them one by one", batch.size(), failed);
            for (Pending pending : batch) {
                try {
                    pending.answer(reservations.reserveAll(List.of(pending.call())).getFirst());
                } catch (RuntimeException alone) {
                    pending.fail(alone);
                }
            }
        }
    }

    private final class Lane implements Runnable {

        private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
        private final int index;
        private Thread thread;

        Lane(int index) {
            this.index = index;
        }

        void submit(Pending pending) {
            start();
            queue.add(pending);
            if (stopping) {
                // destroy() may have drained the queue before this call was added
                pending.fail(shuttingDown());
            }
        }

        /** The thread starts with the first call, so a process that never reserves (the worker) runs none. */
        private synchronized void start() {
            if (thread == null && !stopping) {
                thread = Thread.ofPlatform().name("reservation-combiner-" + index).daemon().start(this);
            }
        }

        @Override
        public void run() {
            List<Pending> carried = new ArrayList<>();
            while (!stopping || !carried.isEmpty() || !queue.isEmpty()) {
                List<Pending> batch = List.of();
                try {
                    List<Pending> next = new ArrayList<>(carried);
                    carried.clear();
                    if (next.isEmpty()) {
                        Pending first = queue.poll(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
                        if (first == null) {
                            continue;
                        }
                        next.add(first);
                    }
                    queue.drainTo(next, properties.maxBatch() - next.size());
                    batch = new ArrayList<>(next.size());
                    Set<String> keys = new HashSet<>();
                    for (Pending pending : next) {
                        (keys.add(pending.call().request().key()) ? batch : carried).add(pending);
                    }
                    ReservationCombiner.this.run(batch);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    batch.forEach(p -> p.fail(shuttingDown()));
                    carried.forEach(p -> p.fail(shuttingDown()));
                    return;
                } catch (RuntimeException | Error unexpected) {
                    log.error("reservation lane {} hit an unexpected error; it keeps running", index, unexpected);
                    batch.forEach(p -> p.fail(new IllegalStateException("reservation failed", unexpected)));
                }
            }
        }

        /** Lets the lane finish what was queued before, then fails whatever still arrives. */
        synchronized void stop() throws InterruptedException {
            if (thread != null) {
                thread.join(TimeUnit.SECONDS.toMillis(STOP_WAIT_SECONDS));
                thread.interrupt();
            }
            List<Pending> left = new ArrayList<>();
            queue.drainTo(left);
            left.forEach(p -> p.fail(shuttingDown()));
        }
    }

    private static ReservationsBusyException shuttingDown() {
        return new ReservationsBusyException("the warehouse service is shutting down");
    }

    private final class Pending {

        private final ReserveCall call;
        private final CompletableFuture<ReserveResult> result = new CompletableFuture<>();

        Pending(ReserveCall call) {
            this.call = call;
        }

        ReserveCall call() {
            return call;
        }

        void answer(ReserveResult outcome) {
            result.complete(outcome);
        }

        void fail(RuntimeException failure) {
            result.completeExceptionally(failure);
        }

        ReserveOutcome await() {
            try {
                return result.get(properties.maxWait().toMillis(), TimeUnit.MILLISECONDS).orThrow();
            } catch (ExecutionException failed) {
                throw failed.getCause() instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException("reservation failed", failed.getCause());
            } catch (TimeoutException slow) {
                throw new ReservationsBusyException("the reservation was not answered within "
                        + properties.maxWait().toSeconds() + " s");
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new ReservationsBusyException("the reservation call was interrupted");
            }
        }
    }
}

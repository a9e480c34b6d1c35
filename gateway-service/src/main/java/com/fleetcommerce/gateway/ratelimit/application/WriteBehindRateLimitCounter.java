package com.fleetcommerce.gateway.ratelimit.application;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fleetcommerce.gateway.ratelimit.domain.Limit;
import com.fleetcommerce.gateway.ratelimit.domain.RateLimitDecision;
import com.fleetcommerce.gateway.ratelimit.domain.WindowCount;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Counts requests in this replica and adds them to the shared window counts in the background ({@link #flush}, every
 * flush interval): a request never waits for Redis. A key's count is the shared count as of this replica's last
 * flush of that key, plus what is on its way there, plus this replica's hits since. One replica's count is exact;
 * replicas together may admit up to one flush interval's worth of another replica's hits beyond the limit, which is
 * nothing at browsing rates (the strict login class keeps the exact per-request count).
 * <p>With Redis unreachable each replica still limits on its own count, and the unsent hits are sent with the next
 * flush. At most {@code maxKeys} keys are counted here; beyond that (a flood from very many addresses) new keys are
 * counted by {@code overflow} (the exact counter), so memory stays bounded.
 */
public class WriteBehindRateLimitCounter implements RateLimitCounter {

    private final SharedWindowCounts shared;
    private final RateLimitCounter overflow;
    private final int maxKeys;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Counter failedFlushes;

    public WriteBehindRateLimitCounter(SharedWindowCounts shared, RateLimitCounter overflow, int maxKeys, Clock clock,
                                       MeterRegistry meters) {
        this.shared = shared;
        this.overflow = overflow;
        this.maxKeys = maxKeys;
        this.clock = clock;
        this.failedFlushes = Counter.builder("gateway.ratelimit.flush.failed")
                .description("Keys whose hits could not be added to the shared count (kept for the next flush)")
                .register(meters);
    }

    @Override
    public Mono<RateLimitDecision> hit(String key, Limit limit) {
        Window window = windows.get(key);
        if (window == null) {
            if (windows.size() >= maxKeys) {
                return overflow.hit(key, limit);
            }
            window = windows.computeIfAbsent(key, k -> new Window(limit));
        }
        return Mono.just(window.hit(clock.millis()));
    }

    /** Sends every key's new hits to the shared counts; completes when all answers (or failures) are in. */
    public Mono<Void> flush() {
        long now = clock.millis();
        List<Mono<Void>> sends = new ArrayList<>();
        windows.forEach((key, window) -> {
            long hits = window.takePending();
            if (hits > 0) {
                sends.add(send(key, window, hits));
            } else if (window.idle(now)) {
                windows.remove(key, window);
            }
        });
        return Flux.merge(sends).then();
    }

    /** Keys counted here now. */
    public int keys() {
        return windows.size();
    }

    private Mono<Void> send(String key, Window window, long hits) {
        return shared.add(key, hits, window.limit)
                .doOnNext(count -> window.flushed(hits, count, clock.millis()))
                .onErrorResume(failure -> {
                    failedFlushes.increment();
                    window.unsent(hits);
                    return Mono.empty();
                })
                .then();
    }

    /** One key's fixed window as this replica sees it; all fields guarded by the window itself. */
    private static final class Window {

        private final Limit limit;
        private long endsAt = Long.MIN_VALUE;
        private long sharedCount;
        private long inFlight;
        private long pending;

        Window(Limit limit) {
            this.limit = limit;
        }

        synchronized RateLimitDecision hit(long now) {
            if (now >= endsAt) {
                // a new window here; the shared count of the next flush tells when the shared one ends
                endsAt = now + limit.window().toMillis();
                sharedCount = 0;
                pending = 0;
            }
            pending++;
            return RateLimitDecision.of(limit, sharedCount + inFlight + pending, Duration.ofMillis(endsAt - now));
        }

        synchronized long takePending() {
            long hits = pending;
            pending = 0;
            inFlight += hits;
            return hits;
        }

        synchronized boolean idle(long now) {
            return now >= endsAt && pending == 0 && inFlight == 0;
        }

        synchronized void flushed(long hits, WindowCount count, long now) {
            inFlight -= hits;
            sharedCount = count.count();
            endsAt = now + count.resetIn().toMillis();
        }

        synchronized void unsent(long hits) {
            inFlight -= hits;
            pending += hits;
        }
    }
}

package com.fleetcommerce.gateway.ratelimit.web;

import java.time.Duration;

import com.fleetcommerce.gateway.ratelimit.application.WriteBehindRateLimitCounter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

/** Flushes the write-behind counts on a fixed interval while the gateway runs, and once more when it stops. */
class WriteBehindFlushes implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WriteBehindFlushes.class);
    private static final Duration LAST_FLUSH_WAIT = Duration.ofSeconds(2);

    private final WriteBehindRateLimitCounter counter;
    private final Duration interval;
    private volatile Disposable running;

    WriteBehindFlushes(WriteBehindRateLimitCounter counter, Duration interval) {
        this.counter = counter;
        this.interval = interval;
    }

    @Override
    public void start() {
        // one flush at a time: the next tick waits for the previous flush's answers
        running = Flux.interval(interval).onBackpressureDrop().concatMap(tick -> counter.flush(), 1)
                .subscribe(done -> { }, failure -> log.error("rate-limit flushes stopped", failure));
    }

    @Override
    public void stop() {
        Disposable flushes = running;
        running = null;
        if (flushes != null) {
            flushes.dispose();
            counter.flush().block(LAST_FLUSH_WAIT);
        }
    }

    @Override
    public boolean isRunning() {
        return running != null;
    }
}

package com.fleetcommerce.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A UTC clock a test moves forward instead of waiting: real time plus an offset ({@link #MutableClock()}), or a
 * fixed start plus an offset ({@link #MutableClock(Instant)}), for time-based rules and jobs.
 */
public final class MutableClock extends Clock {

    private final Instant fixedStart;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    /** Real time; {@link #advance} moves it ahead. */
    public MutableClock() {
        this(null);
    }

    /** Stands still at {@code start} until {@link #advance} moves it. */
    public MutableClock(Instant start) {
        this.fixedStart = start;
    }

    public void advance(Duration by) {
        offset.updateAndGet(current -> current.plus(by));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return (fixedStart == null ? Instant.now() : fixedStart).plus(offset.get());
    }
}

package com.fleetcommerce.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A UTC clock a test moves forward instead of waiting: real time plus an offset ({@link #MutableClock()}), or a
 * fixed start plus an offset ({@link #MutableClock(Instant)}), for time-based rules and jobs. A real-time clock can
 * also be frozen (e.g. so a TOTP step cannot change mid-test). {@link MovableApplicationClock} installs one as an
 * application's clock.
 */
public final class MutableClock extends Clock {

    private final Instant fixedStart;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private final AtomicReference<Instant> frozenAt = new AtomicReference<>();

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

    /** Stops the clock's base at the current instant ({@link #advance} still moves it); returns what it now reads. */
    public Instant freeze() {
        frozenAt.set(base());
        return instant();
    }

    /** Back to the start: no offset, not frozen. */
    public void reset() {
        offset.set(Duration.ZERO);
        frozenAt.set(null);
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
        Instant frozen = frozenAt.get();
        return (frozen == null ? base() : frozen).plus(offset.get());
    }

    private Instant base() {
        return fixedStart == null ? Instant.now() : fixedStart;
    }
}

package com.fleetcommerce.shared.events.support;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A background job on its own daemon thread, started and stopped with the application context. The library does not
 * rely on the service enabling {@code @EnableScheduling} or on its task scheduler being free.
 */
public final class PeriodicTask implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PeriodicTask.class);

    private final String name;
    private final Duration initialDelay;
    private final Duration interval;
    private final Runnable action;
    private volatile ScheduledExecutorService executor;

    public PeriodicTask(String name, Duration initialDelay, Duration interval, Runnable action) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException(name + ": interval must be positive");
        }
        this.name = name;
        this.initialDelay = initialDelay;
        this.interval = interval;
        this.action = action;
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name(name).daemon().factory());
        executor.scheduleWithFixedDelay(this::runSafely, initialDelay.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor == null) {
            return;
        }
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("{} did not stop within 10s", name);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    private void runSafely() {
        try {
            action.run();
        } catch (RuntimeException e) {
            // a failing run (database restarting...) must not cancel the schedule
            log.warn("{} failed: {}", name, e.toString());
        }
    }
}

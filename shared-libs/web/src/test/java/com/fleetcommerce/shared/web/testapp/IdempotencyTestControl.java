package com.fleetcommerce.shared.web.testapp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/**
 * Lets a test see how often a handler really ran (per idempotency key) and hold a handler inside its work until
 * the test opens the gate, instead of sleeping.
 */
@Component
public class IdempotencyTestControl {

    private final Map<String, AtomicInteger> invocations = new ConcurrentHashMap<>();
    private final AtomicInteger orderNumbers = new AtomicInteger();
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private final AtomicInteger failuresToInject = new AtomicInteger();

    public void reset() {
        gate.countDown();
        gate = new CountDownLatch(0);
        failuresToInject.set(0);
    }

    /** Handlers block until {@link #openGate()}. */
    public void closeGate() {
        gate = new CountDownLatch(1);
    }

    public void openGate() {
        gate.countDown();
    }

    /** The next {@code n} handler runs throw (a 500). */
    public void failNext(int n) {
        failuresToInject.set(n);
    }

    public int invocations(String tag) {
        AtomicInteger count = invocations.get(tag);
        return count == null ? 0 : count.get();
    }

    int enter(String tag) {
        invocations.computeIfAbsent(tag, t -> new AtomicInteger()).incrementAndGet();
        try {
            if (!gate.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("test gate never opened");
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
        if (failuresToInject.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("injected failure");
        }
        return orderNumbers.incrementAndGet();
    }
}

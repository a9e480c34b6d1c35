package com.fleetcommerce.shared.events.core;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time-ordered UUID version 7 (RFC 9562) generator.
 *
 * <p>Lives here because the event ids need it and no lower module provides one yet; it may move to a more basic
 * shared module later (keep the {@code Uuids.v7()} signature when it does).
 *
 * <p>Layout: 48-bit Unix milliseconds, version 7, a 12-bit counter ({@code rand_a}, RFC 9562 method 1) seeded randomly
 * each millisecond, the variant bits and 62 random bits. Ids from one JVM are strictly increasing even within the
 * same millisecond or when the clock steps back: the counter carries into the timestamp instead of repeating.
 */
public final class Uuids {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** {@code millis << 12 | counter} of the last id handed out. */
    private static final AtomicLong LAST = new AtomicLong();

    private Uuids() {
    }

    public static UUID v7() {
        long now = System.currentTimeMillis();
        long next;
        long last;
        do {
            last = LAST.get();
            // seed the counter in the lower half of its range so a busy millisecond rarely overflows it
            long seeded = (now << 12) | (RANDOM.nextInt(1 << 11));
            next = Math.max(seeded, last + 1);
        } while (!LAST.compareAndSet(last, next));

        long millis = next >>> 12;
        long counter = next & 0xFFFL;
        long msb = (millis << 16) | (0x7L << 12) | counter;
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    /** The creation time encoded in a version 7 UUID, in Unix milliseconds. */
    public static long timestampMillis(UUID uuid) {
        if (uuid.version() != 7) {
            throw new IllegalArgumentException("not a version 7 UUID: " + uuid);
        }
        return uuid.getMostSignificantBits() >>> 16;
    }
}

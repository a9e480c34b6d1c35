package com.fleetcommerce.warehouse.reservation.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.fleetcommerce.warehouse.warehouse.domain.GeoPoint;

/**
 * Stock held for an order until it is committed (sold), released, or expires. Only an ACTIVE reservation holds
 * stock; every transition leaves ACTIVE, so stock is given back or sold exactly once.
 */
public final class Reservation {

    private final UUID id;
    private final String key;
    private final String requestHash;
    private final GeoPoint shipTo;
    private final int ttlSeconds;
    private final Instant expiresAt;
    private final String createdBy;
    private final Instant createdAt;
    private final long loadedVersion;
    private List<Allocation> allocations;
    private ReservationStatus status;
    private long version;

    private Reservation(UUID id, String key, String requestHash, ReservationStatus status, GeoPoint shipTo,
                        int ttlSeconds, Instant expiresAt, String createdBy, Instant createdAt,
                        List<Allocation> allocations, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.key = Objects.requireNonNull(key, "key");
        this.requestHash = Objects.requireNonNull(requestHash, "requestHash");
        this.status = Objects.requireNonNull(status, "status");
        this.shipTo = shipTo;
        this.ttlSeconds = ttlSeconds;
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.allocations = List.copyOf(allocations);
        this.version = version;
        this.loadedVersion = version;
    }

    /** A new, still empty reservation for a request; {@link #allocate} fills it. */
    public static Reservation open(UUID id, ReservationRequest request, String createdBy, Instant now) {
        return new Reservation(id, request.key(), request.fingerprint(), ReservationStatus.ACTIVE, request.shipTo(),
                request.ttlSeconds(), now.plusSeconds(request.ttlSeconds()), createdBy, now, List.of(), 0);
    }

    /** Rebuilds a stored reservation; persistence only. */
    public static Reservation restore(UUID id, String key, String requestHash, ReservationStatus status,
                                      GeoPoint shipTo, int ttlSeconds, Instant expiresAt, String createdBy,
                                      Instant createdAt, List<Allocation> allocations, long version) {
        return new Reservation(id, key, requestHash, status, shipTo, ttlSeconds, expiresAt, createdBy, createdAt,
                allocations, version);
    }

    public void allocate(List<Allocation> planned) {
        if (!allocations.isEmpty()) {
            throw new IllegalStateException("reservation " + id + " is already allocated");
        }
        if (planned.isEmpty()) {
            throw new IllegalArgumentException("a reservation holds at least one unit");
        }
        allocations = List.copyOf(planned);
    }

    /** The sale: allowed while ACTIVE and not past its expiry. */
    public void commit(Instant now) {
        requireActive("commit");
        if (isDue(now)) {
            throw new ReservationStateException("reservation-expired",
                    "reservation " + id + " expired at " + expiresAt);
        }
        transition(ReservationStatus.COMMITTED);
    }

    public void release() {
        requireActive("release");
        transition(ReservationStatus.RELEASED);
    }

    public void expire(Instant now) {
        requireActive("expire");
        if (!isDue(now)) {
            throw new IllegalStateException("reservation " + id + " is not due before " + expiresAt);
        }
        transition(ReservationStatus.EXPIRED);
    }

    public boolean isDue(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public boolean matches(ReservationRequest request) {
        return requestHash.equals(request.fingerprint());
    }

    private void requireActive(String step) {
        if (status != ReservationStatus.ACTIVE) {
            throw new ReservationStateException("reservation-not-active",
                    "cannot " + step + " reservation " + id + ": it is " + status);
        }
    }

    private void transition(ReservationStatus next) {
        status = next;
        version++;
    }

    public UUID id() {
        return id;
    }

    public String key() {
        return key;
    }

    public String requestHash() {
        return requestHash;
    }

    public ReservationStatus status() {
        return status;
    }

    public GeoPoint shipTo() {
        return shipTo;
    }

    public int ttlSeconds() {
        return ttlSeconds;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<Allocation> allocations() {
        return allocations;
    }

    public long version() {
        return version;
    }

    public long loadedVersion() {
        return loadedVersion;
    }
}

package com.fleetcommerce.warehouse.reservation.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Storage port for reservations; implemented in the persistence layer. */
public interface ReservationRepository {

    /**
     * Inserts the reservation row unless its key is taken. A concurrent insert of the same key waits for the other
     * transaction and then reports the key as taken (or succeeds if that one rolled back).
     *
     * @return false when a reservation with this key exists
     */
    boolean claim(Reservation reservation);

    /** Stores the allocations of a freshly claimed reservation. */
    void saveAllocations(Reservation reservation);

    Optional<Reservation> findByKey(String key);

    Optional<Reservation> findById(UUID id);

    /** Loads and row-locks a reservation for a state change. */
    Optional<Reservation> lockById(UUID id);

    /** Locks up to {@code limit} ACTIVE reservations due at {@code now}, skipping those another worker holds. */
    List<Reservation> lockDue(Instant now, int limit);

    /** Writes the new status; fails if the stored version is not the loaded one. */
    void updateStatus(Reservation reservation);
}

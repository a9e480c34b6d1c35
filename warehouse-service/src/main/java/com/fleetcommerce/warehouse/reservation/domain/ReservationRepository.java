package com.fleetcommerce.warehouse.reservation.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Storage port for reservations; implemented in the persistence layer. */
public interface ReservationRepository {

    /**
     * Inserts the reservation rows whose keys are not taken, in key order (so two transactions claiming overlapping
     * keys cannot deadlock). A concurrent insert of the same key waits for the other transaction and then reports the
     * key as taken (or succeeds if that one rolled back). The keys must be distinct.
     *
     * @return the ids of the reservations this call inserted; a reservation missing from it has a taken key
     */
    Set<UUID> claimAll(List<Reservation> reservations);

    /** Deletes reservations claimed in this transaction that were then refused, so their keys stay free. */
    void unclaim(Collection<UUID> ids);

    /** Stores the allocations of freshly claimed reservations. */
    void saveAllocations(List<Reservation> reservations);

    Optional<Reservation> findByKey(String key);

    Optional<Reservation> findById(UUID id);

    /** Loads and row-locks a reservation for a state change. */
    Optional<Reservation> lockById(UUID id);

    /** Locks up to {@code limit} ACTIVE reservations due at {@code now}, skipping those another worker holds. */
    List<Reservation> lockDue(Instant now, int limit);

    /** Writes the new status; fails if the stored version is not the loaded one. */
    void updateStatus(Reservation reservation);
}

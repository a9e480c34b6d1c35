package com.fleetcommerce.shared.events.contracts.warehouse;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fleetcommerce.shared.events.core.EventPayload;
import com.fleetcommerce.shared.events.core.EventType;

/**
 * Stock was reserved, all lines at once, until {@code expiresAt}.
 * On topic {@code warehouse.reservation}, keyed by reservation id.
 */
@EventType("warehouse.reservation.created.v1")
public record ReservationCreatedEvent(UUID reservationId, String reservationKey, List<ReservedStock> allocations,
        Instant expiresAt, Instant occurredAt) implements EventPayload {

    public ReservationCreatedEvent {
        allocations = List.copyOf(allocations);
    }
}

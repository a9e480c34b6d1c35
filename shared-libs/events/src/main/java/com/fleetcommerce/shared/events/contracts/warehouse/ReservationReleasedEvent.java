package com.fleetcommerce.shared.events.contracts.warehouse;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fleetcommerce.shared.events.core.EventPayload;
import com.fleetcommerce.shared.events.core.EventType;

/**
 * A reservation was cancelled and its stock is available again.
 * On topic {@code warehouse.reservation}, keyed by reservation id.
 */
@EventType("warehouse.reservation.released.v1")
public record ReservationReleasedEvent(UUID reservationId, String reservationKey, List<ReservedStock> allocations,
        Instant occurredAt) implements EventPayload {

    public ReservationReleasedEvent {
        allocations = List.copyOf(allocations);
    }
}

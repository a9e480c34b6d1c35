package com.fleetcommerce.shared.events.contracts.warehouse;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fleetcommerce.shared.events.core.EventPayload;
import com.fleetcommerce.shared.events.core.EventType;

/**
 * A reservation became a sale: its stock left on hand and reserved.
 * On topic {@code warehouse.reservation}, keyed by reservation id.
 */
@EventType("warehouse.reservation.committed.v1")
public record ReservationCommittedEvent(UUID reservationId, String reservationKey, List<ReservedStock> allocations,
        Instant occurredAt) implements EventPayload {

    public ReservationCommittedEvent {
        allocations = List.copyOf(allocations);
    }
}

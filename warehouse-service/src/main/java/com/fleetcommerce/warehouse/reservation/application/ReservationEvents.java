package com.fleetcommerce.warehouse.reservation.application;

import java.time.Instant;
import java.util.List;

import com.fleetcommerce.shared.events.contracts.warehouse.ReservationCommittedEvent;
import com.fleetcommerce.shared.events.contracts.warehouse.ReservationCreatedEvent;
import com.fleetcommerce.shared.events.contracts.warehouse.ReservationExpiredEvent;
import com.fleetcommerce.shared.events.contracts.warehouse.ReservationReleasedEvent;
import com.fleetcommerce.shared.events.contracts.warehouse.ReservedStock;
import com.fleetcommerce.shared.events.core.EventPayload;
import com.fleetcommerce.shared.events.outbox.OutboxEntry;
import com.fleetcommerce.shared.events.outbox.OutboxWriter;
import com.fleetcommerce.warehouse.reservation.domain.Reservation;
import org.springframework.stereotype.Component;

/** Appends the reservation's lifecycle event to the outbox (topic {@code warehouse.reservation}, key = its id). */
@Component
class ReservationEvents {

    static final String TOPIC = "warehouse.reservation";

    private final OutboxWriter outbox;

    ReservationEvents(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    void publish(Reservation r, Instant at) {
        outbox.append(TOPIC, r.id().toString(), event(r, at));
    }

    /** The events of many reservations in one batched outbox insert. */
    void publishAll(List<Reservation> changed, Instant at) {
        outbox.appendAll(TOPIC, changed.stream().map(r -> OutboxEntry.of(r.id().toString(), event(r, at))).toList());
    }

    private static EventPayload event(Reservation r, Instant at) {
        List<ReservedStock> held = r.allocations().stream()
                .map(a -> new ReservedStock(a.sku(), a.warehouseId(), a.quantity())).toList();
        return switch (r.status()) {
            case ACTIVE -> new ReservationCreatedEvent(r.id(), r.key(), held, r.expiresAt(), at);
            case COMMITTED -> new ReservationCommittedEvent(r.id(), r.key(), held, at);
            case RELEASED -> new ReservationReleasedEvent(r.id(), r.key(), held, at);
            case EXPIRED -> new ReservationExpiredEvent(r.id(), r.key(), held, at);
        };
    }
}

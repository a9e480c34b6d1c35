package com.fleetcommerce.warehouse.reservation.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    /**
     * The events of many reservations in one batched outbox insert, made for many callers at once: each in its
     * caller's trace ({@link ReserveCall#trace}; {@code null}: the current one).
     */
    void publishAll(List<Reservation> created, List<Map<String, String>> traces, Instant at) {
        List<OutboxEntry> entries = new ArrayList<>(created.size());
        for (int i = 0; i < created.size(); i++) {
            Reservation r = created.get(i);
            entries.add(new OutboxEntry(r.id().toString(), r.id().toString(), event(r, at), traces.get(i)));
        }
        outbox.appendAll(TOPIC, entries);
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

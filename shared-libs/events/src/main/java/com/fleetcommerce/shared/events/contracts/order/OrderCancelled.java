package com.fleetcommerce.shared.events.contracts.order;

import java.time.Instant;
import java.util.UUID;

import com.fleetcommerce.shared.events.core.EventPayload;
import com.fleetcommerce.shared.events.core.EventType;

/** An order was cancelled; its total no longer counts. Same identification rules as {@link OrderPlaced}. */
@EventType("order.order.cancelled.v1")
public record OrderCancelled(UUID orderId, UUID customerId, UUID accountId, Instant cancelledAt)
        implements EventPayload {
}

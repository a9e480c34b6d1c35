package com.fleetcommerce.shared.events.contracts.order;

import java.time.Instant;
import java.util.UUID;

import com.fleetcommerce.shared.events.core.EventPayload;
import com.fleetcommerce.shared.events.core.EventType;

/**
 * An order was placed; topic {@code order.order}, keyed by order id. Defined here until order-service exists: the
 * lead moves it to shared-libs {@code contracts/order}. {@code customerId} may be null when order-service only knows
 * the account (the token's {@code sub}); then {@code accountId} identifies the customer.
 */
@EventType("order.order.placed.v1")
public record OrderPlaced(UUID orderId, UUID customerId, UUID accountId, OrderTotal total, Instant placedAt)
        implements EventPayload {
}

package com.fleetcommerce.shared.events.contracts.customer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fleetcommerce.shared.events.core.EventPayload;
import com.fleetcommerce.shared.events.core.EventType;

/**
 * A customer's data changed. {@code parts} names what changed ({@code profile}, {@code preferences},
 * {@code addresses}, {@code email-verified}, {@code phone-verified}); consumers read the details from the API.
 */
@EventType("customer.customer.updated.v1")
public record CustomerUpdated(UUID customerId, List<String> parts, long version, Instant occurredAt)
        implements EventPayload {
}

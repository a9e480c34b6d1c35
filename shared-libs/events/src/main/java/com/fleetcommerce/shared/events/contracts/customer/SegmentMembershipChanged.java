package com.fleetcommerce.shared.events.contracts.customer;

import java.time.Instant;
import java.util.UUID;

import com.fleetcommerce.shared.events.core.EventPayload;
import com.fleetcommerce.shared.events.core.EventType;

/** A customer joined or left a segment ({@code change} JOINED or LEFT); keyed by customer id. */
@EventType("customer.segment.membership-changed.v1")
public record SegmentMembershipChanged(UUID customerId, UUID segmentId, String segmentName, String change,
                                       Instant occurredAt) implements EventPayload {
}

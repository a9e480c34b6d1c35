package com.fleetcommerce.customer.segment.domain;

import java.time.Instant;
import java.util.UUID;

public record Membership(UUID segmentId, String segmentName, SegmentKind kind, UUID customerId, Instant joinedAt) {
}

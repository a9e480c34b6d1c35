package com.fleetcommerce.customer.segment.web;

import java.time.Instant;
import java.util.UUID;

import com.fleetcommerce.customer.segment.domain.Membership;

public record MembershipResponse(UUID segmentId, String segmentName, String kind, UUID customerId,
                                 Instant joinedAt) {

    public static MembershipResponse of(Membership m) {
        return new MembershipResponse(m.segmentId(), m.segmentName(), m.kind().name(), m.customerId(), m.joinedAt());
    }
}

package com.fleetcommerce.customer.segment.web;

import java.time.Instant;
import java.util.UUID;

import com.fleetcommerce.customer.segment.domain.RuleDraft;
import com.fleetcommerce.customer.segment.domain.Segment;

public record SegmentResponse(UUID id, String name, String description, String kind, RuleDraft rules,
                              Instant createdAt) {

    static SegmentResponse of(Segment s) {
        return new SegmentResponse(s.id(), s.name(), s.description(), s.kind().name(),
                s.rules() == null ? null : RuleDraft.of(s.rules()), s.createdAt());
    }
}

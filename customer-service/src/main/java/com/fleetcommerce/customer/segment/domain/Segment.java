package com.fleetcommerce.customer.segment.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A named group of customers; dynamic segments carry rules, static ones do not. */
public record Segment(UUID id, String name, String description, SegmentKind kind, SegmentRules rules,
                      Instant createdAt, long version) {

    public Segment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if ((kind == SegmentKind.DYNAMIC) != (rules != null)) {
            throw new IllegalArgumentException("dynamic segments have rules, static ones none");
        }
    }

    public boolean isDynamic() {
        return kind == SegmentKind.DYNAMIC;
    }
}

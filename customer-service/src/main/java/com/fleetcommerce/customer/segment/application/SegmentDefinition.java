package com.fleetcommerce.customer.segment.application;

import com.fleetcommerce.customer.segment.domain.RuleDraft;
import com.fleetcommerce.customer.segment.domain.SegmentKind;

/** A new segment: dynamic ones need {@code rules}, static ones must not have any. */
public record SegmentDefinition(String name, String description, SegmentKind kind, RuleDraft rules) {
}

package com.fleetcommerce.customer.segment.domain;

public enum SegmentKind {
    /** Members added and removed by staff. */
    STATIC,
    /** Members are the customers matching the rules; computed, never edited by hand. */
    DYNAMIC
}

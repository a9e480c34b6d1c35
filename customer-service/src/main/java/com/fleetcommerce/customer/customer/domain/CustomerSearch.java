package com.fleetcommerce.customer.customer.domain;

import java.util.UUID;

/**
 * Staff search: {@code text} matches email, phone and names (case-insensitive, substring); {@code segmentId} keeps
 * members of one segment. Either may be null.
 */
public record CustomerSearch(String text, UUID segmentId, long offset, int limit) {
}

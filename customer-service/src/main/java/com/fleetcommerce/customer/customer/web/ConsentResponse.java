package com.fleetcommerce.customer.customer.web;

import java.time.Instant;

/** {@code changedAt}: when the consent was last given or withdrawn; null if never answered. */
public record ConsentResponse(boolean granted, Instant changedAt) {
}

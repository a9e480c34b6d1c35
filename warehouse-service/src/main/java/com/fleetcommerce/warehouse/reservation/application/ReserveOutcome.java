package com.fleetcommerce.warehouse.reservation.application;

import com.fleetcommerce.warehouse.reservation.domain.Reservation;

/** The reservation, and whether this call created it (false: a repeat of the same key). */
public record ReserveOutcome(Reservation reservation, boolean created) {
}

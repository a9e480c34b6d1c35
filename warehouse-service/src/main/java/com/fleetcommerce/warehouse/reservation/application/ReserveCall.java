package com.fleetcommerce.warehouse.reservation.application;

import java.util.Objects;

import com.fleetcommerce.warehouse.reservation.domain.ReservationRequest;

/** One caller's reservation request and who made it (token subject, or a {@code system:} name). */
public record ReserveCall(ReservationRequest request, String actor) {

    public ReserveCall {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(actor, "actor");
    }
}

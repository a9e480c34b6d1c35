package com.fleetcommerce.warehouse.reservation.application;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import com.fleetcommerce.warehouse.reservation.domain.ReservationRequest;

/**
 * One caller's reservation request and who made it (token subject, or a {@code system:} name).
 *
 * @param warehouses the only warehouses this caller may reserve from (a staff member limited to some); empty: any
 */
public record ReserveCall(ReservationRequest request, String actor, Set<UUID> warehouses) {

    public ReserveCall {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(actor, "actor");
        warehouses = Set.copyOf(warehouses);
    }

    /** A caller not limited to some warehouses. */
    public ReserveCall(ReservationRequest request, String actor) {
        this(request, actor, Set.of());
    }

    boolean mayUse(UUID warehouseId) {
        return warehouses.isEmpty() || warehouses.contains(warehouseId);
    }
}

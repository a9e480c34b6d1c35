package com.fleetcommerce.warehouse.reservation.application;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import com.fleetcommerce.warehouse.reservation.domain.ReservationRequest;

/**
 * One caller's reservation request and who made it (token subject, or a {@code system:} name).
 *
 * @param warehouses the only warehouses this caller may reserve from (a staff member limited to some); empty: any
 * @param trace      the caller's trace (propagation headers) for the reservation's event when it is reserved in
 *                   another thread ({@link ReservationCombiner}); {@code null}: the trace current where it is reserved
 */
public record ReserveCall(ReservationRequest request, String actor, Set<UUID> warehouses, Map<String, String> trace) {

    public ReserveCall {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(actor, "actor");
        warehouses = Set.copyOf(warehouses);
        trace = trace == null ? null : Map.copyOf(trace);
    }

    /** A call reserved in the caller's own thread, with its trace. */
    public ReserveCall(ReservationRequest request, String actor, Set<UUID> warehouses) {
        this(request, actor, warehouses, null);
    }

    /** A caller not limited to some warehouses. */
    public ReserveCall(ReservationRequest request, String actor) {
        this(request, actor, Set.of());
    }

    boolean mayUse(UUID warehouseId) {
        return warehouses.isEmpty() || warehouses.contains(warehouseId);
    }
}

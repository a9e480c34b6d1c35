package com.fleetcommerce.warehouse.reservation.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.warehouse.reservation.domain.Reservation;

/** A reservation: the requested lines and where each unit is held. */
public record ReservationResponse(UUID id, String reservationKey, String status, List<ReservedLineResponse> lines,
                                  List<AllocationResponse> allocations, ShipToBody shipTo, Instant expiresAt,
                                  Instant createdAt) {

    static ReservationResponse from(Reservation r) {
        Map<String, Long> perSku = new LinkedHashMap<>();
        r.allocations().forEach(a -> perSku.merge(a.sku(), a.quantity(), Long::sum));
        return new ReservationResponse(r.id(), r.key(), r.status().name(),
                perSku.entrySet().stream().map(e -> new ReservedLineResponse(e.getKey(), e.getValue())).toList(),
                r.allocations().stream().map(AllocationResponse::from).toList(),
                ShipToBody.from(r.shipTo()), r.expiresAt(), r.createdAt());
    }
}

package com.fleetcommerce.warehouse.reservation.web;

import java.util.HashSet;
import java.util.List;

import com.fleetcommerce.warehouse.reservation.domain.RequestedLine;
import com.fleetcommerce.warehouse.reservation.domain.ReservationRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/reservations}. */
public record ReserveRequest(
        @NotBlank @Size(max = 200) @Pattern(regexp = "[\\x21-\\x7E]+", message = "must be printable ASCII without spaces")
        String reservationKey,
        @NotEmpty @Size(max = ReservationRequest.MAX_LINES) List<@NotNull @Valid ReserveLineBody> lines,
        @Valid ShipToBody shipTo,
        @Min(ReservationRequest.MIN_TTL_SECONDS) @Max(ReservationRequest.MAX_TTL_SECONDS) Integer ttlSeconds) {

    @AssertTrue(message = "must not name a SKU twice")
    boolean isEachSkuOnce() {
        if (lines == null || lines.stream().anyMatch(l -> l == null || l.sku() == null)) {
            return true;
        }
        return new HashSet<>(lines.stream().map(ReserveLineBody::sku).toList()).size() == lines.size();
    }

    ReservationRequest toDomain() {
        return new ReservationRequest(reservationKey,
                lines.stream().map(l -> new RequestedLine(l.sku(), l.quantity())).toList(),
                shipTo == null ? null : shipTo.toDomain(),
                ttlSeconds == null ? ReservationRequest.DEFAULT_TTL_SECONDS : ttlSeconds);
    }
}

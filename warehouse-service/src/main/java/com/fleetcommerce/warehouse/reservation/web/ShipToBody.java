package com.fleetcommerce.warehouse.reservation.web;

import com.fleetcommerce.warehouse.warehouse.domain.GeoPoint;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/** Where the order will be shipped; used to prefer the nearest warehouse. */
public record ShipToBody(
        @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude) {

    GeoPoint toDomain() {
        return new GeoPoint(latitude, longitude);
    }

    static ShipToBody from(GeoPoint point) {
        return point == null ? null : new ShipToBody(point.latitude(), point.longitude());
    }
}

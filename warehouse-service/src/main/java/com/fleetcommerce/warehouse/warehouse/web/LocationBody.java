package com.fleetcommerce.warehouse.warehouse.web;

import com.fleetcommerce.warehouse.warehouse.domain.GeoPoint;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/** WGS-84 coordinates. */
public record LocationBody(
        @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude) {

    GeoPoint toDomain() {
        return new GeoPoint(latitude, longitude);
    }

    static LocationBody from(GeoPoint p) {
        return new LocationBody(p.latitude(), p.longitude());
    }
}

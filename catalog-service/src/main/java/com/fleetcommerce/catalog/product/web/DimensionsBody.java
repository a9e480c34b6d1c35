package com.fleetcommerce.catalog.product.web;

import com.fleetcommerce.catalog.product.domain.Dimensions;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Packed size in millimetres; all three or none. */
public record DimensionsBody(
        @NotNull @Min(1) @Max(Dimensions.MAX_MM) Integer lengthMm,
        @NotNull @Min(1) @Max(Dimensions.MAX_MM) Integer widthMm,
        @NotNull @Min(1) @Max(Dimensions.MAX_MM) Integer heightMm) {

    Dimensions toDomain() {
        return new Dimensions(lengthMm, widthMm, heightMm);
    }

    static DimensionsBody from(Dimensions d) {
        return d == null ? null : new DimensionsBody(d.lengthMm(), d.widthMm(), d.heightMm());
    }
}

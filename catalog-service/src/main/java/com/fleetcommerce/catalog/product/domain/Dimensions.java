package com.fleetcommerce.catalog.product.domain;

import com.fleetcommerce.shared.web.problem.InvalidValueException;

/** Outer size of one packed unit in millimetres, for shipping rates and carrier limits. */
public record Dimensions(int lengthMm, int widthMm, int heightMm) {

    public static final int MAX_MM = 100_000;

    public Dimensions {
        check("dimensions.lengthMm", lengthMm);
        check("dimensions.widthMm", widthMm);
        check("dimensions.heightMm", heightMm);
    }

    private static void check(String field, int mm) {
        if (mm < 1 || mm > MAX_MM) {
            throw new InvalidValueException(field, "must be within [1, " + MAX_MM + "] millimetres");
        }
    }
}

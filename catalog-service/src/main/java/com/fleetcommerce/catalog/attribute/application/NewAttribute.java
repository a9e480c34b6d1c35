package com.fleetcommerce.catalog.attribute.application;

import java.math.BigDecimal;
import java.util.List;

import com.fleetcommerce.catalog.attribute.domain.AttributeType;

/** A definition as staff describe it; the type decides which of the limits apply. */
public record NewAttribute(String code, String name, AttributeType type, String unit, BigDecimal min, BigDecimal max,
                           Integer maxLength, List<String> allowedValues) {
}

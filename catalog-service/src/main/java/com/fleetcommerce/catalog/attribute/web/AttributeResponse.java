package com.fleetcommerce.catalog.attribute.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fleetcommerce.catalog.attribute.domain.AttributeDefinition;

/** A definition; members that do not apply to its type are left out. {@code version} is also the ETag. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttributeResponse(UUID id, String code, String name, String type, String unit, BigDecimal min,
                                BigDecimal max, Integer maxLength, List<String> allowedValues, long version) {

    static AttributeResponse from(AttributeDefinition d) {
        return new AttributeResponse(d.id(), d.code(), d.name(), d.type().name(), d.unit(), d.min(), d.max(),
                d.maxLength(), d.allowedValues().isEmpty() ? null : d.allowedValues(), d.version());
    }
}

package com.fleetcommerce.catalog.product.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fleetcommerce.catalog.attribute.domain.AttributeDefinition;
import com.fleetcommerce.catalog.attribute.domain.AttributeValue;

/**
 * One attribute value of a product: a string (TEXT, ENUM), a number in {@code unit} (NUMBER) or a boolean.
 * {@code name} and {@code unit} are the definition's current ones.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProductAttributeResponse(String code, String name, String type, Object value, String unit) {

    static ProductAttributeResponse from(AttributeValue value, AttributeDefinition definition) {
        return new ProductAttributeResponse(value.code(), definition == null ? null : definition.name(),
                value.type().name(), value.value(), definition == null ? null : definition.unit());
    }
}

package com.fleetcommerce.catalog.attribute.domain;

/**
 * One refused attribute value of a product.
 *
 * @param code     the attribute's code (the field is {@code attributes.<code>})
 * @param rejected the value when it is simple enough to echo, else null
 */
public record AttributeError(String code, String message, Object rejected) {
}

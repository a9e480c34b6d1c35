package com.fleetcommerce.customer.common.domain;

/** One rejected field of a request, as a JSON-style path ({@code address.ward}) and a message for the caller. */
public record FieldError(String field, String message) {
}

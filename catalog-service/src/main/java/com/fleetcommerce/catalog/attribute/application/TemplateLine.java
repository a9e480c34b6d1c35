package com.fleetcommerce.catalog.attribute.application;

/** One line of a template as staff send it: an attribute code, required or optional. */
public record TemplateLine(String code, boolean required) {
}

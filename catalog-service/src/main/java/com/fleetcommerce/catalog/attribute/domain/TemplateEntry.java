package com.fleetcommerce.catalog.attribute.domain;

import java.util.UUID;

/** One line of a category's own attribute template: this attribute, required or optional. */
public record TemplateEntry(UUID categoryId, UUID attributeId, boolean required) {
}

package com.fleetcommerce.catalog.attribute.domain;

import java.util.List;
import java.util.UUID;

/**
 * An attribute a product may (or must) have, after merging the templates of its categories and their ancestors.
 *
 * @param required    true when any of those templates requires it
 * @param categoryIds the categories whose own template names it, root first
 */
public record TemplateSlot(AttributeDefinition definition, boolean required, List<UUID> categoryIds) {

    public TemplateSlot {
        categoryIds = List.copyOf(categoryIds);
    }
}

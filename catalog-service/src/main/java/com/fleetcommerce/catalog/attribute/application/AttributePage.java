package com.fleetcommerce.catalog.attribute.application;

import java.util.List;

import com.fleetcommerce.catalog.attribute.domain.AttributeDefinition;

/** One page of definitions with the total count. */
public record AttributePage(List<AttributeDefinition> items, long total) {
}

package com.fleetcommerce.catalog.category.web;

import java.util.UUID;

import com.fleetcommerce.catalog.category.domain.Category;

/** A category as a link: enough for breadcrumbs and menus. */
public record CategoryRef(UUID id, String name, String slug) {

    public static CategoryRef from(Category c) {
        return new CategoryRef(c.id(), c.name(), c.slug().value());
    }
}

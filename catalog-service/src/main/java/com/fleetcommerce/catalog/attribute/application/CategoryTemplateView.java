package com.fleetcommerce.catalog.attribute.application;

import java.util.List;

import com.fleetcommerce.catalog.attribute.domain.AttributeTemplate;
import com.fleetcommerce.catalog.attribute.domain.TemplateSlot;
import com.fleetcommerce.catalog.category.domain.Category;

/**
 * A category's attribute template: its own lines (what {@code PUT} replaces) and the effective template its
 * products are checked against (its own lines merged with every ancestor's).
 */
public record CategoryTemplateView(Category category, List<TemplateSlot> own, AttributeTemplate effective) {

    public CategoryTemplateView {
        own = List.copyOf(own);
    }
}

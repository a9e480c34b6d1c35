package com.fleetcommerce.catalog.attribute.web;

import java.util.List;
import java.util.UUID;

import com.fleetcommerce.catalog.attribute.application.CategoryTemplateView;

/**
 * A category's template: {@code own} (what {@code PUT} replaces, in its order) and {@code effective} (merged with
 * the ancestors' templates, by code: what its products are checked against). {@code version} is the category's.
 */
public record CategoryAttributesResponse(UUID categoryId, List<TemplateSlotResponse> own,
                                         List<TemplateSlotResponse> effective, long version) {

    static CategoryAttributesResponse from(CategoryTemplateView view) {
        return new CategoryAttributesResponse(view.category().id(),
                view.own().stream().map(TemplateSlotResponse::from).toList(),
                view.effective().slots().values().stream().map(TemplateSlotResponse::from).toList(),
                view.category().version());
    }
}

package com.fleetcommerce.catalog.attribute.web;

import java.util.List;
import java.util.UUID;

import com.fleetcommerce.catalog.attribute.domain.TemplateSlot;

/**
 * One attribute of a template.
 *
 * @param categoryIds the categories (this one or its ancestors) whose own template names it, root first
 */
public record TemplateSlotResponse(AttributeResponse attribute, boolean required, List<UUID> categoryIds) {

    static TemplateSlotResponse from(TemplateSlot slot) {
        return new TemplateSlotResponse(AttributeResponse.from(slot.definition()), slot.required(),
                slot.categoryIds());
    }
}

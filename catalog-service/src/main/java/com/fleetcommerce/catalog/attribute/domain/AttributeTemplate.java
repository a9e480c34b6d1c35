package com.fleetcommerce.catalog.attribute.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The attributes a product may carry: the union of the own templates of its categories and of every ancestor of
 * those categories. An attribute is required when any of them requires it.
 */
public final class AttributeTemplate {

    private final Map<String, TemplateSlot> slots;

    private AttributeTemplate(Map<String, TemplateSlot> slots) {
        this.slots = slots;
    }

    public static final AttributeTemplate EMPTY = new AttributeTemplate(Map.of());

    /**
     * @param entries     own template lines of the categories concerned, in any order
     * @param definitions the definitions those lines name, by id
     * @param categoryOrder the categories from the roots down (to order {@link TemplateSlot#categoryIds})
     */
    public static AttributeTemplate merge(Collection<TemplateEntry> entries, Map<UUID, AttributeDefinition> definitions,
                                          List<UUID> categoryOrder) {
        Map<String, TemplateSlot> slots = new TreeMap<>();
        entries.stream()
                .sorted((a, b) -> Integer.compare(categoryOrder.indexOf(a.categoryId()),
                        categoryOrder.indexOf(b.categoryId())))
                .forEach(entry -> {
                    AttributeDefinition definition = definitions.get(entry.attributeId());
                    TemplateSlot known = slots.get(definition.code());
                    if (known == null) {
                        slots.put(definition.code(), new TemplateSlot(definition, entry.required(),
                                List.of(entry.categoryId())));
                    } else if (!known.categoryIds().contains(entry.categoryId())) {
                        List<UUID> ids = new ArrayList<>(known.categoryIds());
                        ids.add(entry.categoryId());
                        slots.put(definition.code(), new TemplateSlot(definition,
                                known.required() || entry.required(), ids));
                    }
                });
        return new AttributeTemplate(slots);
    }

    /** Slots by attribute code, in code order. */
    public Map<String, TemplateSlot> slots() {
        return slots;
    }

    /**
     * Checks a product's values (by code; a null value counts as absent) against this template: every value must be
     * of an attribute of the template and fit its definition, and every required attribute must have one.
     */
    public Outcome check(Map<String, Object> raw) {
        Map<String, AttributeValue> values = new TreeMap<>();
        List<AttributeError> errors = new ArrayList<>();
        Map<String, Object> given = new LinkedHashMap<>();
        raw.forEach((code, value) -> {
            if (value != null) {
                given.put(code, value);
            }
        });
        new TreeMap<>(given).forEach((code, value) -> {
            TemplateSlot slot = slots.get(code);
            if (slot == null) {
                errors.add(new AttributeError(code, "is not an attribute of the product's categories", null));
                return;
            }
            AttributeDefinition.Checked checked = slot.definition().check(value);
            if (checked.value() != null) {
                values.put(code, checked.value());
            } else {
                errors.add(new AttributeError(code, checked.error(), checked.rejected()));
            }
        });
        slots.forEach((code, slot) -> {
            if (slot.required() && !given.containsKey(code)) {
                errors.add(new AttributeError(code, "is required for products in this category", null));
            }
        });
        return new Outcome(values, errors);
    }

    /** Either the checked values (no errors) or every refused value. */
    public record Outcome(Map<String, AttributeValue> values, List<AttributeError> errors) {

        public Outcome {
            values = Map.copyOf(values);
            errors = List.copyOf(errors);
        }
    }
}

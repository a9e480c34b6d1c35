package com.fleetcommerce.catalog.attribute.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fleetcommerce.catalog.attribute.domain.AttributeDefinition;
import com.fleetcommerce.catalog.attribute.domain.AttributeRepository;
import com.fleetcommerce.catalog.attribute.domain.TemplateEntry;
import com.fleetcommerce.catalog.attribute.domain.TemplateSlot;
import com.fleetcommerce.catalog.category.application.CategoryService;
import com.fleetcommerce.catalog.category.domain.Category;
import com.fleetcommerce.shared.web.problem.InvalidParameterException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A category's own attribute template. It is part of the category: replacing it needs the category's ETag and
 * bumps the category's version. Products are checked against it (merged with the ancestors' templates) when they
 * are next created or updated; existing products are not re-checked when a template changes.
 */
@Service
public class CategoryTemplateService {

    public static final int MAX_LINES = 100;

    private final AttributeRepository attributes;
    private final AttributeService attributeService;
    private final CategoryService categories;

    public CategoryTemplateService(AttributeRepository attributes, AttributeService attributeService,
                                   CategoryService categories) {
        this.attributes = attributes;
        this.attributeService = attributeService;
        this.categories = categories;
    }

    @Transactional(readOnly = true)
    public CategoryTemplateView get(UUID categoryId) {
        return view(categories.require(categoryId));
    }

    @Transactional
    public CategoryTemplateView replace(UUID categoryId, long expectedVersion, List<TemplateLine> lines) {
        if (lines.size() > MAX_LINES) {
            throw new InvalidParameterException("attributes", "may name at most " + MAX_LINES + " attributes",
                    lines.size());
        }
        Category category = categories.lockForChange(categoryId, expectedVersion);
        List<String> before = auditState(categoryId);
        Map<String, AttributeDefinition> byCode = attributeService.findByCodes(
                lines.stream().map(TemplateLine::code).toList());
        Set<String> seen = new HashSet<>();
        List<TemplateEntry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            TemplateLine line = lines.get(i);
            AttributeDefinition definition = byCode.get(line.code());
            if (definition == null) {
                throw new InvalidParameterException("attributes[" + i + "].code", "is not an attribute", line.code());
            }
            if (!seen.add(line.code())) {
                throw new InvalidParameterException("attributes[" + i + "].code", "is named twice", line.code());
            }
            entries.add(new TemplateEntry(categoryId, definition.id(), line.required()));
        }
        attributes.replaceTemplate(categoryId, entries);
        categories.touch(category);
        categories.auditChange("category.template-replaced", category, Map.of("attributes", before),
                Map.of("attributes", auditState(categoryId)));
        return view(categories.require(categoryId));
    }

    /** The category's own template lines as {@code code} or {@code code (required)}, in template order. */
    private List<String> auditState(UUID categoryId) {
        List<TemplateEntry> entries = attributes.templates(List.of(categoryId));
        Map<UUID, AttributeDefinition> definitions = attributeService.findByIds(
                entries.stream().map(TemplateEntry::attributeId).toList());
        return entries.stream().map(e -> definitions.get(e.attributeId()).code() + (e.required() ? " (required)" : ""))
                .toList();
    }

    private CategoryTemplateView view(Category category) {
        List<TemplateEntry> entries = attributes.templates(List.of(category.id()));
        Map<UUID, AttributeDefinition> definitions = attributeService.findByIds(
                entries.stream().map(TemplateEntry::attributeId).toList());
        List<TemplateSlot> own = entries.stream()
                .map(e -> new TemplateSlot(definitions.get(e.attributeId()), e.required(), List.of(category.id())))
                .toList();
        return new CategoryTemplateView(category, own, attributeService.template(List.of(category.id())));
    }
}

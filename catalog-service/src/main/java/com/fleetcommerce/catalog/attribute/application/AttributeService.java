package com.fleetcommerce.catalog.attribute.application;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fleetcommerce.shared.audit.StaffAudit;
import com.fleetcommerce.catalog.attribute.domain.AttributeDefinition;
import com.fleetcommerce.catalog.attribute.domain.AttributeRepository;
import com.fleetcommerce.catalog.attribute.domain.AttributeTemplate;
import com.fleetcommerce.catalog.attribute.domain.AttributeValue;
import com.fleetcommerce.catalog.attribute.domain.TemplateEntry;
import com.fleetcommerce.catalog.category.application.CategoryService;
import com.fleetcommerce.catalog.category.domain.Category;
import com.fleetcommerce.catalog.common.application.CatalogProblems;
import com.fleetcommerce.shared.events.core.Uuids;
import com.fleetcommerce.shared.web.problem.ConflictException;
import com.fleetcommerce.shared.web.problem.InvalidParameterException;
import com.fleetcommerce.shared.web.problem.ResourceNotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attribute definitions (staff), and checking a product's values against the templates of its categories and
 * their ancestors (used by the product use cases, in their transaction).
 */
@Service
public class AttributeService {

    static final String RESOURCE = "attribute";
    /** A listing may filter on this many attributes at most: each is one EXISTS in the query. */
    public static final int MAX_FILTERS = 10;

    private final AttributeRepository attributes;
    private final CategoryService categories;

    private final StaffAudit audit;

    public AttributeService(AttributeRepository attributes, CategoryService categories, StaffAudit audit) {
        this.attributes = attributes;
        this.categories = categories;
        this.audit = audit;
    }

    @Transactional
    public AttributeDefinition create(NewAttribute input) {
        AttributeDefinition definition = AttributeDefinition.create(Uuids.v7(), input.code(), input.name(),
                input.type(), input.unit(), input.min(), input.max(), input.maxLength(), input.allowedValues());
        if (attributes.codeTaken(definition.code())) {
            throw CatalogProblems.taken("attribute-code-taken", "attribute code", definition.code());
        }
        try {
            attributes.insert(definition);
        } catch (DuplicateKeyException raced) {
            throw CatalogProblems.raced(raced);
        }
        audit.changed("attribute.created", RESOURCE, definition.id().toString(), null, auditState(definition));
        return definition;
    }

    @Transactional(readOnly = true)
    public AttributeDefinition get(UUID id) {
        return attributes.findById(id).orElseThrow(() -> new ResourceNotFoundException(RESOURCE, id));
    }

    @Transactional(readOnly = true)
    public AttributePage page(int page, int size) {
        List<AttributeDefinition> items = attributes.page(page, size);
        return new AttributePage(items, items.isEmpty() && page == 0 ? 0 : attributes.count());
    }

    @Transactional(readOnly = true)
    public Map<String, AttributeDefinition> findByCodes(Collection<String> codes) {
        return attributes.findByCodes(codes).stream()
                .collect(Collectors.toMap(AttributeDefinition::code, Function.identity()));
    }

    @Transactional(readOnly = true)
    public Map<UUID, AttributeDefinition> findByIds(Collection<UUID> ids) {
        return attributes.findByIds(ids).stream()
                .collect(Collectors.toMap(AttributeDefinition::id, Function.identity()));
    }

    /**
     * Renames, changes the unit, replaces the allowed values of an ENUM (null keeps them). Removing a value that
     * products hold is refused ({@code 409 attribute-value-in-use}, naming how many products): they would
     * silently become invalid.
     */
    @Transactional
    public AttributeDefinition revise(UUID id, long expectedVersion, String name, String unit,
                                      List<String> allowedValues) {
        AttributeDefinition definition = attributes.lockById(id)
                .orElseThrow(() -> new ResourceNotFoundException(RESOURCE, id));
        CatalogProblems.requireVersion(expectedVersion, definition.version());
        Map<String, Object> before = auditState(definition);
        List<String> removed = definition.revise(name, unit, allowedValues);
        long using = attributes.productsUsing(id, removed);
        if (using > 0) {
            throw new ConflictException("attribute-value-in-use", using + " product(s) use the value(s) " + removed
                    + " of attribute " + definition.code() + "; change those products first",
                    Map.of("attribute", definition.code(), "values", removed, "products", using));
        }
        attributes.update(definition);
        AttributeDefinition revised = get(id);
        audit.changed("attribute.revised", RESOURCE, id.toString(), before, auditState(revised));
        return revised;
    }

    private static Map<String, Object> auditState(AttributeDefinition definition) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", definition.code());
        state.put("name", definition.name());
        state.put("type", definition.type());
        state.put("unit", definition.unit());
        state.put("min", definition.min());
        state.put("max", definition.max());
        state.put("maxLength", definition.maxLength());
        state.put("allowedValues", definition.allowedValues());
        return state;
    }

    /**
     * Checks a product's values against the merged templates of {@code categoryIds} and their ancestors; the
     * definitions involved stay share-locked until the caller's transaction ends.
     *
     * @param raw values by attribute code: String, BigDecimal, Boolean or a Measure; null counts as absent
     * @return the checked values by code
     * @throws AttributeValuesInvalidException naming every refused value
     */
    @Transactional
    public Map<String, AttributeValue> check(List<UUID> categoryIds, Map<String, Object> raw) {
        AttributeTemplate.Outcome outcome = template(categoryIds, true).check(raw);
        if (!outcome.errors().isEmpty()) {
            throw new AttributeValuesInvalidException(outcome.errors());
        }
        return outcome.values();
    }

    /** The effective template of a product in these categories. */
    @Transactional(readOnly = true)
    public AttributeTemplate template(List<UUID> categoryIds) {
        return template(categoryIds, false);
    }

    /**
     * The effective template with its definitions share-locked until the caller's transaction ends, as
     * {@link #check} takes it: for callers that check many products of the same categories at once (the bulk
     * import), so a concurrent revision cannot remove a value between their check and their commit.
     */
    @Transactional
    public AttributeTemplate lockedTemplate(List<UUID> categoryIds) {
        return template(categoryIds, true);
    }

    /**
     * Listing filters: {@code attr.<code>=value} (any of several values). The values are read as the attribute's
     * type, so {@code 1.50} finds {@code 1.5}; an unknown attribute or a value of the wrong type is a 400 on
     * {@code attr.<code>}.
     *
     * @return the values' keys by attribute id
     */
    @Transactional(readOnly = true)
    public Map<UUID, List<String>> filterKeys(Map<String, List<String>> filters) {
        if (filters.isEmpty()) {
            return Map.of();
        }
        if (filters.size() > MAX_FILTERS) {
            throw new InvalidParameterException("attr", "may name at most " + MAX_FILTERS + " attributes",
                    filters.size());
        }
        Map<String, AttributeDefinition> byCode = findByCodes(filters.keySet());
        Map<UUID, List<String>> keys = new LinkedHashMap<>();
        filters.forEach((code, values) -> {
            AttributeDefinition definition = byCode.get(code);
            if (definition == null) {
                throw new InvalidParameterException("attr." + code, "is not an attribute", code);
            }
            keys.put(definition.id(), values.stream().map(v -> filterKey(definition, v)).distinct().toList());
        });
        return keys;
    }

    private static String filterKey(AttributeDefinition definition, String value) {
        String field = "attr." + definition.code();
        return switch (definition.type()) {
            case TEXT, ENUM -> value.strip();
            case BOOLEAN -> switch (value.strip()) {
                case "true", "false" -> value.strip();
                default -> throw new InvalidParameterException(field, "must be true or false", value);
            };
            case NUMBER -> {
                try {
                    yield AttributeValue.key(new BigDecimal(value.strip()));
                } catch (NumberFormatException e) {
                    throw new InvalidParameterException(field, "must be a number", value);
                }
            }
        };
    }

    private AttributeTemplate template(List<UUID> categoryIds, boolean lock) {
        if (categoryIds.isEmpty()) {
            return AttributeTemplate.EMPTY;
        }
        // Ancestors are the ids of each category's materialised path, so no tree walk is needed.
        Set<UUID> chain = new LinkedHashSet<>();
        categories.findAll(categoryIds).values().stream()
                .sorted((a, b) -> Integer.compare(a.depth(), b.depth()))
                .map(Category::path)
                .forEach(path -> chain.addAll(path.ids()));
        List<UUID> ordered = List.copyOf(chain);
        List<TemplateEntry> entries = attributes.templates(ordered);
        Set<UUID> ids = entries.stream().map(TemplateEntry::attributeId).collect(Collectors.toSet());
        Map<UUID, AttributeDefinition> definitions = lock ? attributes.lockShared(ids) : findByIds(ids);
        return AttributeTemplate.merge(entries, definitions, ordered);
    }
}

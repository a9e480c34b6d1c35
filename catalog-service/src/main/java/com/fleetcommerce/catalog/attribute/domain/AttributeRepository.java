package com.fleetcommerce.catalog.attribute.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Storage port for attribute definitions and the categories' own templates. */
public interface AttributeRepository {

    Optional<AttributeDefinition> findById(UUID id);

    /** Reads and row-locks the definition: a product writer checking values against it waits (see below). */
    Optional<AttributeDefinition> lockById(UUID id);

    List<AttributeDefinition> findByCodes(Collection<String> codes);

    List<AttributeDefinition> findByIds(Collection<UUID> ids);

    boolean codeTaken(String code);

    List<AttributeDefinition> page(int page, int size);

    long count();

    void insert(AttributeDefinition definition);

    /** Stores name, unit and allowed values; returns the new version. */
    long update(AttributeDefinition definition);

    /** How many products hold one of {@code values} for this attribute. */
    long productsUsing(UUID attributeId, Collection<String> valueKeys);

    /** The own template lines of these categories. */
    List<TemplateEntry> templates(Collection<UUID> categoryIds);

    /**
     * Share-locks the definitions until the transaction ends, so a concurrent revision (removing an enum value)
     * cannot slip between checking a product's values and storing them.
     */
    Map<UUID, AttributeDefinition> lockShared(Collection<UUID> ids);

    /** Replaces the category's own template with {@code entries} (in order). */
    void replaceTemplate(UUID categoryId, List<TemplateEntry> entries);
}

package com.fleetcommerce.catalog.attribute.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fleetcommerce.catalog.attribute.domain.AttributeDefinition;
import com.fleetcommerce.catalog.attribute.domain.AttributeRepository;
import com.fleetcommerce.catalog.attribute.domain.AttributeType;
import com.fleetcommerce.catalog.attribute.domain.TemplateEntry;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Plain SQL, like the rest of the catalog. Product values live in {@code product_attribute_value} (product's). */
@Repository
class JdbcAttributeRepository implements AttributeRepository {

    private static final String SELECT = """
            SELECT id, code, name, type, unit, min_value, max_value, max_length, allowed_values::text, version
              FROM attribute_definition
            """;
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcAttributeRepository(JdbcTemplate jdbcTemplate, JsonMapper json) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.json = json;
    }

    @Override
    public Optional<AttributeDefinition> findById(UUID id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(this::definition).optional();
    }

    @Override
    public Optional<AttributeDefinition> lockById(UUID id) {
        return jdbc.sql(SELECT + " WHERE id = ? FOR UPDATE").param(id).query(this::definition).optional();
    }

    @Override
    public List<AttributeDefinition> findByCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE code IN (:codes)").param("codes", List.copyOf(codes))
                .query(this::definition).list();
    }

    @Override
    public List<AttributeDefinition> findByIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE id IN (:ids)").param("ids", List.copyOf(ids)).query(this::definition).list();
    }

    @Override
    public boolean codeTaken(String code) {
        return jdbc.sql("SELECT count(*) FROM attribute_definition WHERE code = ?").param(code)
                .query(Long.class).single() > 0;
    }

    @Override
    public List<AttributeDefinition> page(int page, int size) {
        return jdbc.sql(SELECT + " ORDER BY code LIMIT ? OFFSET ?").params(size, (long) page * size)
                .query(this::definition).list();
    }

    @Override
    public long count() {
        return jdbc.sql("SELECT count(*) FROM attribute_definition").query(Long.class).single();
    }

    @Override
    public void insert(AttributeDefinition d) {
        jdbc.sql("""
                INSERT INTO attribute_definition (id, code, name, type, unit, min_value, max_value, max_length,
                                                  allowed_values, version, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, 0, now(), now())
                """).params(d.id(), d.code(), d.name(), d.type().name(), d.unit(), d.min(), d.max(), d.maxLength(),
                        json.writeValueAsString(d.allowedValues()))
                .update();
    }

    @Override
    public long update(AttributeDefinition d) {
        int updated = jdbc.sql("""
                UPDATE attribute_definition
                   SET name = ?, unit = ?, allowed_values = ?::jsonb, version = version + 1, updated_at = now()
                 WHERE id = ? AND version = ?
                """).params(d.name(), d.unit(), json.writeValueAsString(d.allowedValues()), d.id(), d.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("attribute " + d.code() + " changed concurrently");
        }
        return d.version() + 1;
    }

    @Override
    public long productsUsing(UUID attributeId, Collection<String> valueKeys) {
        if (valueKeys.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                SELECT count(*) FROM product_attribute_value WHERE attribute_id = :id AND value_key IN (:keys)
                """).param("id", attributeId).param("keys", List.copyOf(valueKeys)).query(Long.class).single();
    }

    @Override
    public List<TemplateEntry> templates(Collection<UUID> categoryIds) {
        if (categoryIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT category_id, attribute_id, required FROM category_attribute
                 WHERE category_id IN (:ids) ORDER BY category_id, position
                """).param("ids", List.copyOf(categoryIds))
                .query((rs, n) -> new TemplateEntry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getBoolean(3)))
                .list();
    }

    @Override
    public Map<UUID, AttributeDefinition> lockShared(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(SELECT + " WHERE id IN (:ids) ORDER BY id FOR SHARE").param("ids", List.copyOf(ids))
                .query(this::definition).list().stream()
                .collect(Collectors.toMap(AttributeDefinition::id, Function.identity()));
    }

    @Override
    public void replaceTemplate(UUID categoryId, List<TemplateEntry> entries) {
        jdbc.sql("DELETE FROM category_attribute WHERE category_id = ?").param(categoryId).update();
        int position = 0;
        for (TemplateEntry entry : entries) {
            jdbc.sql("INSERT INTO category_attribute (category_id, attribute_id, required, position)"
                            + " VALUES (?, ?, ?, ?)")
                    .params(categoryId, entry.attributeId(), entry.required(), position++).update();
        }
    }

    private AttributeDefinition definition(ResultSet rs, int n) throws SQLException {
        return AttributeDefinition.restore(rs.getObject("id", UUID.class), rs.getString("code"),
                rs.getString("name"), AttributeType.valueOf(rs.getString("type")), rs.getString("unit"),
                rs.getBigDecimal("min_value"), rs.getBigDecimal("max_value"),
                (Integer) rs.getObject("max_length"), json.readValue(rs.getString("allowed_values"), STRINGS),
                rs.getLong("version"));
    }
}

package com.fleetcommerce.warehouse.stock.persistence;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fleetcommerce.warehouse.stock.domain.WarehouseIds;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcWarehouseIds implements WarehouseIds {

    private final JdbcClient jdbc;

    JdbcWarehouseIds(JdbcTemplate jdbcTemplate) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
    }

    @Override
    public Map<String, UUID> byCodes(Collection<String> codes) {
        Map<String, UUID> ids = new HashMap<>();
        if (!codes.isEmpty()) {
            jdbc.sql("SELECT code, id FROM warehouse WHERE code = ANY (?::text[])")
                    .param(codes.stream().distinct().toArray(String[]::new))
                    .query(rs -> {
                        ids.put(rs.getString("code"), rs.getObject("id", UUID.class));
                    });
        }
        return ids;
    }

    @Override
    public Set<UUID> existing(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT id FROM warehouse WHERE id = ANY (?::text[]::uuid[])")
                .param(ids.stream().distinct().map(UUID::toString).toArray(String[]::new))
                .query(UUID.class).list());
    }
}

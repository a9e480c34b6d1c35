package com.fleetcommerce.user.rbac.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fleetcommerce.user.rbac.domain.Role;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Roles and their permissions (tables {@code role}, {@code role_permission}). */
@Repository
public class JdbcRoles {

    private final NamedParameterJdbcTemplate jdbc;

    public JdbcRoles(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Role> all() {
        return load("select name, description, built_in, version from role order by name", new MapSqlParameterSource());
    }

    public Optional<Role> find(String name) {
        return load("select name, description, built_in, version from role where name = :name",
                new MapSqlParameterSource("name", name)).stream().findFirst();
    }

    /** The row locked until the transaction ends, so two redefinitions of one role are serialised. */
    public Optional<Role> lock(String name) {
        return load("select name, description, built_in, version from role where name = :name for update",
                new MapSqlParameterSource("name", name)).stream().findFirst();
    }

    public List<Role> findAll(Collection<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        return load("select name, description, built_in, version from role where name in (:names) order by name",
                new MapSqlParameterSource("names", names));
    }

    public boolean insert(Role role) {
        int inserted = jdbc.update("""
                insert into role (name, description, built_in) values (:name, :description, false)
                on conflict do nothing
                """, new MapSqlParameterSource("name", role.name()).addValue("description", role.description()));
        if (inserted == 0) {
            return false;
        }
        writePermissions(role);
        return true;
    }

    public void update(Role role) {
        jdbc.update("""
                update role set description = :description, version = version + 1, updated_at = now()
                where name = :name
                """, new MapSqlParameterSource("name", role.name()).addValue("description", role.description()));
        jdbc.update("delete from role_permission where role_name = :name", new MapSqlParameterSource("name", role.name()));
        writePermissions(role);
    }

    public void delete(String name) {
        jdbc.update("delete from role where name = :name", new MapSqlParameterSource("name", name));
    }

    public long holders(String name) {
        Long count = jdbc.queryForObject("select count(*) from staff_user_role where role_name = :name",
                new MapSqlParameterSource("name", name), Long.class);
        return count == null ? 0 : count;
    }

    private void writePermissions(Role role) {
        List<MapSqlParameterSource> rows = new ArrayList<>();
        for (String permission : role.permissions()) {
            rows.add(new MapSqlParameterSource("role", role.name()).addValue("permission", permission));
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("insert into role_permission (role_name, permission) values (:role, :permission)",
                    rows.toArray(MapSqlParameterSource[]::new));
        }
    }

    private List<Role> load(String sql, MapSqlParameterSource params) {
        record Head(String name, String description, boolean builtIn, long version) {
        }
        List<Head> heads = jdbc.query(sql, params, (rs, n) -> new Head(rs.getString("name"),
                rs.getString("description"), rs.getBoolean("built_in"), rs.getLong("version")));
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<String, Set<String>> permissions = new HashMap<>();
        jdbc.query("select role_name, permission from role_permission where role_name in (:names)",
                new MapSqlParameterSource("names", heads.stream().map(Head::name).toList()),
                rs -> {
                    permissions.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
                });
        Map<String, Role> roles = new LinkedHashMap<>();
        for (Head head : heads) {
            roles.put(head.name(), new Role(head.name(), head.description(), head.builtIn(),
                    permissions.getOrDefault(head.name(), Set.of()), head.version()));
        }
        return List.copyOf(roles.values());
    }
}

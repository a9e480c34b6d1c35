package com.fleetcommerce.user.staff.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.fleetcommerce.user.staff.domain.StaffUser;
import com.fleetcommerce.user.staff.domain.UserSearch;
import com.fleetcommerce.user.staff.domain.UserStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Staff users with their warehouses and roles (tables {@code staff_user}, {@code staff_user_warehouse/role}). */
@Repository
public class JdbcStaffUsers {

    private static final String COLUMNS =
            "id, account_id, email, name, title, status, version, created_at, updated_at";

    private final NamedParameterJdbcTemplate jdbc;

    public JdbcStaffUsers(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean emailTaken(String email) {
        Boolean taken = jdbc.queryForObject("select exists(select 1 from staff_user where lower(email) = lower(:email))",
                new MapSqlParameterSource("email", email), Boolean.class);
        return Boolean.TRUE.equals(taken);
    }

    public void insert(StaffUser user, Instant now) {
        jdbc.update("""
                insert into staff_user (id, account_id, email, name, title, status, version, created_at, updated_at)
                values (:id, :accountId, :email, :name, :title, :status, 0, :now, :now)
                """, new MapSqlParameterSource("id", user.id()).addValue("accountId", user.accountId())
                .addValue("email", user.email()).addValue("name", user.name()).addValue("title", user.title())
                .addValue("status", user.status().name()).addValue("now", Timestamp.from(now)));
        writeCollections(user);
    }

    public Optional<StaffUser> find(UUID id) {
        return load("select " + COLUMNS + " from staff_user where id = :id", new MapSqlParameterSource("id", id))
                .stream().findFirst();
    }

    /** The row locked until the transaction ends: changes of one user are serialised. */
    public Optional<StaffUser> lock(UUID id) {
        return load("select " + COLUMNS + " from staff_user where id = :id for update",
                new MapSqlParameterSource("id", id)).stream().findFirst();
    }

    public void update(StaffUser user, Instant now) {
        jdbc.update("""
                update staff_user set name = :name, title = :title, status = :status, version = version + 1,
                       updated_at = :now
                where id = :id
                """, new MapSqlParameterSource("id", user.id()).addValue("name", user.name())
                .addValue("title", user.title()).addValue("status", user.status().name())
                .addValue("now", Timestamp.from(now)));
        MapSqlParameterSource id = new MapSqlParameterSource("id", user.id());
        jdbc.update("delete from staff_user_warehouse where user_id = :id", id);
        jdbc.update("delete from staff_user_role where user_id = :id", id);
        writeCollections(user);
    }

    /** Users holding a role, locked (in id order, so concurrent pushes never deadlock). */
    public List<StaffUser> lockHoldersOf(String role) {
        return load("select " + COLUMNS + " from staff_user where id in "
                        + "(select user_id from staff_user_role where role_name = :role) order by id for update",
                new MapSqlParameterSource("role", role));
    }

    public List<StaffUser> search(UserSearch search, long offset, int limit) {
        MapSqlParameterSource params = filter(search).addValue("offset", offset).addValue("limit", limit);
        return load("select " + COLUMNS + " from staff_user where " + where(search)
                + " order by lower(name), id offset :offset limit :limit", params);
    }

    public long count(UserSearch search) {
        Long count = jdbc.queryForObject("select count(*) from staff_user where " + where(search), filter(search),
                Long.class);
        return count == null ? 0 : count;
    }

    private static String where(UserSearch search) {
        List<String> clauses = new ArrayList<>();
        clauses.add("true");
        if (search.text() != null) {
            clauses.add("(lower(email) like :prefix escape '\\' or lower(name) like :contains escape '\\')");
        }
        if (search.status() != null) {
            clauses.add("status = :status");
        }
        if (search.role() != null) {
            clauses.add("id in (select user_id from staff_user_role where role_name = :role)");
        }
        return String.join(" and ", clauses);
    }

    private static MapSqlParameterSource filter(UserSearch search) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (search.text() != null) {
            String escaped = search.text().toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            params.addValue("prefix", escaped + "%").addValue("contains", "%" + escaped + "%");
        }
        if (search.status() != null) {
            params.addValue("status", search.status().name());
        }
        if (search.role() != null) {
            params.addValue("role", search.role());
        }
        return params;
    }

    private void writeCollections(StaffUser user) {
        List<MapSqlParameterSource> warehouses = new ArrayList<>();
        for (UUID warehouseId : user.warehouseIds()) {
            warehouses.add(new MapSqlParameterSource("id", user.id()).addValue("warehouse", warehouseId));
        }
        if (!warehouses.isEmpty()) {
            jdbc.batchUpdate("insert into staff_user_warehouse (user_id, warehouse_id) values (:id, :warehouse)",
                    warehouses.toArray(MapSqlParameterSource[]::new));
        }
        List<MapSqlParameterSource> roles = new ArrayList<>();
        for (String role : user.roles()) {
            roles.add(new MapSqlParameterSource("id", user.id()).addValue("role", role));
        }
        if (!roles.isEmpty()) {
            jdbc.batchUpdate("insert into staff_user_role (user_id, role_name) values (:id, :role)",
                    roles.toArray(MapSqlParameterSource[]::new));
        }
    }

    private List<StaffUser> load(String sql, MapSqlParameterSource params) {
        List<Row> rows = jdbc.query(sql, params, JdbcStaffUsers::row);
        if (rows.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource ids = new MapSqlParameterSource("ids", rows.stream().map(Row::id).toList());
        Map<UUID, Set<UUID>> warehouses = new HashMap<>();
        jdbc.query("select user_id, warehouse_id from staff_user_warehouse where user_id in (:ids)", ids,
                rs -> {
                    warehouses.computeIfAbsent(rs.getObject(1, UUID.class), k -> new TreeSet<>())
                            .add(rs.getObject(2, UUID.class));
                });
        Map<UUID, Set<String>> roles = new HashMap<>();
        jdbc.query("select user_id, role_name from staff_user_role where user_id in (:ids)", ids,
                rs -> {
                    roles.computeIfAbsent(rs.getObject(1, UUID.class), k -> new TreeSet<>()).add(rs.getString(2));
                });
        return rows.stream().map(r -> new StaffUser(r.id(), r.accountId(), r.email(), r.name(), r.title(),
                r.status(), warehouses.getOrDefault(r.id(), Set.of()), roles.getOrDefault(r.id(), Set.of()),
                r.version(), r.createdAt(), r.updatedAt())).toList();
    }

    private record Row(UUID id, UUID accountId, String email, String name, String title, UserStatus status,
                       long version, Instant createdAt, Instant updatedAt) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class), rs.getString("email"),
                rs.getString("name"), rs.getString("title"), UserStatus.valueOf(rs.getString("status")),
                rs.getLong("version"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}

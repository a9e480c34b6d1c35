package com.fleetcommerce.user.audit.persistence;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fleetcommerce.user.audit.domain.AuditEntry;
import com.fleetcommerce.user.audit.domain.AuditFilter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The audit table: insert and select, nothing else (the table's triggers refuse UPDATE, DELETE and TRUNCATE too).
 */
@Repository
public class JdbcAuditEntries {

    private final NamedParameterJdbcTemplate jdbc;

    public JdbcAuditEntries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when the record (same id or same event id) is already stored: a redelivery */
    public boolean append(AuditEntry entry, String eventId) {
        return jdbc.update("""
                insert into audit_entry (id, event_id, actor_id, actor_type, action, resource_type, resource_id,
                                         before_state, after_state, ip, trace_id, service, occurred_at)
                values (:id, :eventId, :actorId, :actorType, :action, :resourceType, :resourceId,
                        cast(:before as jsonb), cast(:after as jsonb), :ip, :traceId, :service, :at)
                on conflict do nothing
                """, new MapSqlParameterSource("id", entry.id()).addValue("eventId", eventId)
                .addValue("actorId", entry.actorId()).addValue("actorType", entry.actorType())
                .addValue("action", entry.action()).addValue("resourceType", entry.resourceType())
                .addValue("resourceId", entry.resourceId()).addValue("before", entry.before())
                .addValue("after", entry.after()).addValue("ip", entry.ip()).addValue("traceId", entry.traceId())
                .addValue("service", entry.service()).addValue("at", Timestamp.from(entry.at()))) == 1;
    }

    public List<AuditEntry> find(AuditFilter filter, long offset, int limit) {
        MapSqlParameterSource params = params(filter).addValue("offset", offset).addValue("limit", limit);
        return jdbc.query("""
                select id, actor_id, actor_type, action, resource_type, resource_id, before_state::text as before_state,
                       after_state::text as after_state, ip, trace_id, service, occurred_at
                from audit_entry where %s
                order by occurred_at desc, id desc offset :offset limit :limit
                """.formatted(where(filter)), params, (rs, n) -> new AuditEntry(rs.getObject("id", UUID.class),
                rs.getString("actor_id"), rs.getString("actor_type"), rs.getString("action"),
                rs.getString("resource_type"), rs.getString("resource_id"), rs.getString("before_state"),
                rs.getString("after_state"), rs.getString("ip"), rs.getString("trace_id"), rs.getString("service"),
                rs.getTimestamp("occurred_at").toInstant()));
    }

    public long count(AuditFilter filter) {
        Long count = jdbc.queryForObject("select count(*) from audit_entry where " + where(filter), params(filter),
                Long.class);
        return count == null ? 0 : count;
    }

    private static String where(AuditFilter filter) {
        List<String> clauses = new ArrayList<>();
        clauses.add("true");
        if (filter.actorId() != null) {
            clauses.add("actor_id = :actorId");
        }
        if (filter.resourceType() != null) {
            clauses.add("resource_type = :resourceType");
        }
        if (filter.resourceId() != null) {
            clauses.add("resource_id = :resourceId");
        }
        if (filter.action() != null) {
            clauses.add("action = :action");
        }
        if (filter.from() != null) {
            clauses.add("occurred_at >= :from");
        }
        if (filter.to() != null) {
            clauses.add("occurred_at < :to");
        }
        return String.join(" and ", clauses);
    }

    private static MapSqlParameterSource params(AuditFilter filter) {
        return new MapSqlParameterSource("actorId", filter.actorId())
                .addValue("resourceType", filter.resourceType()).addValue("resourceId", filter.resourceId())
                .addValue("action", filter.action())
                .addValue("from", filter.from() == null ? null : Timestamp.from(filter.from()))
                .addValue("to", filter.to() == null ? null : Timestamp.from(filter.to()));
    }
}

package com.fleetcommerce.customer.segment.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fleetcommerce.customer.segment.domain.CustomerFacts;
import com.fleetcommerce.customer.segment.domain.Membership;
import com.fleetcommerce.customer.segment.domain.RuleDraft;
import com.fleetcommerce.customer.segment.domain.Segment;
import com.fleetcommerce.customer.segment.domain.SegmentKind;
import com.fleetcommerce.customer.segment.domain.SegmentRepository;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Segments, their stored members, and the facts rules are evaluated against (read straight from the customer,
 * preferences, address and statistics tables of this database).
 */
@Repository
class JdbcSegments implements SegmentRepository {

    private static final String MEMBERSHIP = """
            select m.segment_id, s.name, s.kind, m.customer_id, m.joined_at
              from segment_member m join segment s on s.id = m.segment_id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final JsonMapper json;

    JdbcSegments(NamedParameterJdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void insert(Segment s) {
        jdbc.update("""
                insert into segment (id, name, description, kind, rules, created_at, version)
                values (:id, :name, :description, :kind, cast(:rules as jsonb), :createdAt, 0)
                """, new MapSqlParameterSource("id", s.id()).addValue("name", s.name())
                .addValue("description", s.description()).addValue("kind", s.kind().name())
                .addValue("rules", s.rules() == null ? null : json.writeValueAsString(RuleDraft.of(s.rules())))
                .addValue("createdAt", s.createdAt().atOffset(ZoneOffset.UTC)));
    }

    @Override
    public Optional<Segment> find(UUID id) {
        return jdbc.query("select * from segment where id = :id", new MapSqlParameterSource("id", id),
                (rs, n) -> map(rs)).stream().findFirst();
    }

    @Override
    public boolean nameTaken(String name) {
        Boolean taken = jdbc.queryForObject("select exists (select 1 from segment where lower(name) = lower(:n))",
                new MapSqlParameterSource("n", name), Boolean.class);
        return Boolean.TRUE.equals(taken);
    }

    @Override
    public List<Segment> all() {
        return jdbc.query("select * from segment order by name", (rs, n) -> map(rs));
    }

    @Override
    public List<Segment> dynamic() {
        return jdbc.query("select * from segment where kind = 'DYNAMIC' order by id", (rs, n) -> map(rs));
    }

    @Override
    public boolean delete(UUID id) {
        return jdbc.update("delete from segment where id = :id", new MapSqlParameterSource("id", id)) == 1;
    }

    @Override
    public Optional<CustomerFacts> facts(UUID customerId) {
        return jdbc.query("""
                select c.id, c.status, c.created_at, f.marketing_email, f.marketing_sms, f.marketing_push,
                       coalesce(st.total_spent, 0) as total_spent, coalesce(st.order_count, 0) as order_count,
                       st.last_order_at, coalesce(a.city, a.province) as city
                  from customer c
                  join customer_preferences f on f.customer_id = c.id
                  left join customer_statistics st on st.customer_id = c.id
                  left join address a on a.customer_id = c.id and a.default_shipping
                 where c.id = :id
                """, new MapSqlParameterSource("id", customerId), (rs, n) -> new CustomerFacts(
                rs.getObject("id", UUID.class), "DELETED".equals(rs.getString("status")),
                rs.getBigDecimal("total_spent"), rs.getLong("order_count"), instant(rs, "last_order_at"),
                rs.getString("city"), instant(rs, "created_at"), rs.getBoolean("marketing_email"),
                rs.getBoolean("marketing_sms"), rs.getBoolean("marketing_push"))).stream().findFirst();
    }

    @Override
    public Set<UUID> memberships(UUID customerId, Set<UUID> segmentIds) {
        if (segmentIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.queryForList("""
                select segment_id from segment_member where customer_id = :c and segment_id in (:ids)
                """, new MapSqlParameterSource("c", customerId).addValue("ids", segmentIds), UUID.class));
    }

    @Override
    public boolean addMember(UUID segmentId, UUID customerId, Instant now) {
        return jdbc.update("""
                insert into segment_member (segment_id, customer_id, joined_at) values (:s, :c, :now)
                on conflict do nothing
                """, new MapSqlParameterSource("s", segmentId).addValue("c", customerId)
                .addValue("now", now.atOffset(ZoneOffset.UTC))) == 1;
    }

    @Override
    public boolean removeMember(UUID segmentId, UUID customerId) {
        return jdbc.update("delete from segment_member where segment_id = :s and customer_id = :c",
                new MapSqlParameterSource("s", segmentId).addValue("c", customerId)) == 1;
    }

    @Override
    public List<UUID> customerIdsAfter(UUID after, int limit) {
        return jdbc.queryForList("""
                select id from customer where (cast(:after as uuid) is null or id > :after) order by id limit :limit
                """, new MapSqlParameterSource("after", after).addValue("limit", limit), UUID.class);
    }

    @Override
    public List<Membership> membersOf(UUID segmentId, long offset, int limit) {
        return jdbc.query(MEMBERSHIP + " where m.segment_id = :s order by m.joined_at, m.customer_id"
                        + " limit :limit offset :offset",
                new MapSqlParameterSource("s", segmentId).addValue("limit", limit).addValue("offset", offset),
                (rs, n) -> membership(rs));
    }

    @Override
    public long countMembers(UUID segmentId) {
        Long count = jdbc.queryForObject("select count(*) from segment_member where segment_id = :s",
                new MapSqlParameterSource("s", segmentId), Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public List<Membership> segmentsOf(UUID customerId) {
        return jdbc.query(MEMBERSHIP + " where m.customer_id = :c order by s.name",
                new MapSqlParameterSource("c", customerId), (rs, n) -> membership(rs));
    }

    private Segment map(ResultSet rs) throws SQLException {
        String rules = rs.getString("rules");
        return new Segment(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("description"),
                SegmentKind.valueOf(rs.getString("kind")),
                rules == null ? null : json.readValue(rules, RuleDraft.class).parse(),
                instant(rs, "created_at"), rs.getLong("version"));
    }

    private static Membership membership(ResultSet rs) throws SQLException {
        return new Membership(rs.getObject("segment_id", UUID.class), rs.getString("name"),
                SegmentKind.valueOf(rs.getString("kind")), rs.getObject("customer_id", UUID.class),
                instant(rs, "joined_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}

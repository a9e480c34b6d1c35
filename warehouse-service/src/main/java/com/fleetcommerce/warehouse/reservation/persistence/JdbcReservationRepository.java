package com.fleetcommerce.warehouse.reservation.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fleetcommerce.warehouse.reservation.domain.Allocation;
import com.fleetcommerce.warehouse.reservation.domain.Reservation;
import com.fleetcommerce.warehouse.reservation.domain.ReservationRepository;
import com.fleetcommerce.warehouse.reservation.domain.ReservationStatus;
import com.fleetcommerce.warehouse.warehouse.domain.GeoPoint;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcReservationRepository implements ReservationRepository {

    private static final String SELECT = """
            SELECT id, reservation_key, request_hash, status, ship_to_lat, ship_to_lon, ttl_seconds, expires_at,
                   created_by, created_at, version
              FROM reservation
            """;

    private static final String CLAIM_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int CLAIM_COLUMNS = 12;

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;

    JdbcReservationRepository(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = JdbcClient.create(jdbcTemplate);
    }

    @Override
    public Set<UUID> claimAll(List<Reservation> reservations) {
        if (reservations.isEmpty()) {
            return Set.of();
        }
        List<Reservation> byKey = reservations.stream().sorted(Comparator.comparing(Reservation::key)).toList();
        if (byKey.stream().map(Reservation::key).distinct().count() != byKey.size()) {
            throw new IllegalArgumentException("reservation keys of one claim must be distinct");
        }
        List<Object> params = new ArrayList<>(byKey.size() * CLAIM_COLUMNS);
        for (Reservation r : byKey) {
            OffsetDateTime created = utc(r.createdAt());
            params.addAll(Arrays.asList(r.id(), r.key(), r.requestHash(), r.status().name(),
                    r.shipTo() == null ? null : r.shipTo().latitude(),
                    r.shipTo() == null ? null : r.shipTo().longitude(),
                    r.ttlSeconds(), utc(r.expiresAt()), r.createdBy(), created, created, r.version()));
        }
        String rows = String.join(", ", Collections.nCopies(byKey.size(), CLAIM_ROW));
        // one multi-row insert; VALUES are inserted in the order given, so claims take key locks in key order
        return Set.copyOf(jdbc.sql("""
                        INSERT INTO reservation (id, reservation_key, request_hash, status, ship_to_lat, ship_to_lon,
                                                 ttl_seconds, expires_at, created_by, created_at, updated_at, version)
                        VALUES %s
                        ON CONFLICT (reservation_key) DO NOTHING
                        RETURNING id
                        """.formatted(rows))
                .params(params)
                .query(UUID.class)
                .list());
    }

    @Override
    public void unclaim(Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("DELETE FROM reservation WHERE id IN (:ids)").param("ids", List.copyOf(ids)).update();
        }
    }

    @Override
    public void saveAllocations(List<Reservation> reservations) {
        List<Object[]> rows = reservations.stream()
                .flatMap(r -> r.allocations().stream()
                        .map(a -> new Object[] {r.id(), a.sku(), a.warehouseId(), a.quantity()}))
                .toList();
        if (!rows.isEmpty()) {
            jdbcTemplate.batchUpdate(
                    "INSERT INTO reservation_allocation (reservation_id, sku, warehouse_id, quantity) VALUES (?, ?, ?, ?)",
                    rows);
        }
    }

    @Override
    public Optional<Reservation> findByKey(String key) {
        return one(jdbc.sql(SELECT + " WHERE reservation_key = ?").param(key).query(this::header).optional());
    }

    @Override
    public Optional<Reservation> findById(UUID id) {
        return one(jdbc.sql(SELECT + " WHERE id = ?").param(id).query(this::header).optional());
    }

    @Override
    public Optional<Reservation> lockById(UUID id) {
        return one(jdbc.sql(SELECT + " WHERE id = ? FOR UPDATE").param(id).query(this::header).optional());
    }

    @Override
    public List<Reservation> lockDue(Instant now, int limit) {
        List<Header> due = jdbc.sql(SELECT + """
                         WHERE status = 'ACTIVE' AND expires_at <= ?
                         ORDER BY expires_at, id
                         LIMIT ?
                         FOR UPDATE SKIP LOCKED
                        """)
                .params(utc(now), limit).query(this::header).list();
        if (due.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Allocation>> allocations = allocations(due.stream().map(Header::id).toList());
        return due.stream().map(h -> h.toDomain(allocations.getOrDefault(h.id(), List.of()))).toList();
    }

    @Override
    public void updateStatus(Reservation r) {
        int updated = jdbc.sql("""
                        UPDATE reservation SET status = ?, version = ?, updated_at = now()
                         WHERE id = ? AND version = ?
                        """)
                .params(r.status().name(), r.version(), r.id(), r.loadedVersion()).update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("reservation " + r.id() + " changed concurrently");
        }
    }

    private Optional<Reservation> one(Optional<Header> header) {
        return header.map(h -> h.toDomain(allocations(List.of(h.id())).getOrDefault(h.id(), List.of())));
    }

    private Map<UUID, List<Allocation>> allocations(List<UUID> ids) {
        Map<UUID, List<Allocation>> byReservation = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT reservation_id, sku, warehouse_id, quantity FROM reservation_allocation
                         WHERE reservation_id IN (:ids) ORDER BY reservation_id, sku, warehouse_id
                        """)
                .param("ids", ids)
                .query(rs -> {
                    byReservation.computeIfAbsent(rs.getObject("reservation_id", UUID.class), k -> new ArrayList<>())
                            .add(new Allocation(rs.getString("sku"), rs.getObject("warehouse_id", UUID.class),
                                    rs.getLong("quantity")));
                });
        return byReservation;
    }

    private Header header(ResultSet rs, int row) throws SQLException {
        double lat = rs.getDouble("ship_to_lat");
        GeoPoint shipTo = rs.wasNull() ? null : new GeoPoint(lat, rs.getDouble("ship_to_lon"));
        return new Header(rs.getObject("id", UUID.class), rs.getString("reservation_key"),
                rs.getString("request_hash"), ReservationStatus.valueOf(rs.getString("status")), shipTo,
                rs.getInt("ttl_seconds"), instant(rs, "expires_at"), rs.getString("created_by"),
                instant(rs, "created_at"), rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private record Header(UUID id, String key, String requestHash, ReservationStatus status, GeoPoint shipTo,
                          int ttlSeconds, Instant expiresAt, String createdBy, Instant createdAt, long version) {

        Reservation toDomain(List<Allocation> allocations) {
            return Reservation.restore(id, key, requestHash, status, shipTo, ttlSeconds, expiresAt, createdBy,
                    createdAt, allocations, version);
        }
    }
}

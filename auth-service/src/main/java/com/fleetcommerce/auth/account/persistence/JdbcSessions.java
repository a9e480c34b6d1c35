package com.fleetcommerce.auth.account.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class JdbcSessions {

    private final JdbcTemplate jdbc;

    public JdbcSessions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, UUID accountId, String device, String ip, Instant now) {
        jdbc.update("insert into auth_session (id, account_id, device, ip, created_at, last_used_at) values (?, ?, ?, ?, ?, ?)",
                id, accountId, device, ip, Timestamp.from(now), Timestamp.from(now));
    }

    public Optional<SessionRow> findForUpdate(UUID id) {
        return jdbc.query("select * from auth_session where id = ? for update", JdbcSessions::map, id).stream().findFirst();
    }

    public List<SessionRow> findLive(UUID accountId) {
        return jdbc.query("select * from auth_session where account_id = ? and revoked_at is null order by created_at desc",
                JdbcSessions::map, accountId);
    }

    /** Live sessions and those ended since {@code endedSince}, newest first, at most {@code limit}. */
    public List<SessionRow> findRecent(UUID accountId, Instant endedSince, int limit) {
        return jdbc.query("select * from auth_session where account_id = ? and (revoked_at is null or revoked_at >= ?)"
                        + " order by created_at desc limit ?",
                JdbcSessions::map, accountId, Timestamp.from(endedSince), limit);
    }

    public void touch(UUID id, String ip, Instant now) {
        jdbc.update("update auth_session set last_used_at = ?, ip = coalesce(?, ip) where id = ?", Timestamp.from(now), ip, id);
    }

    /** Revokes one live session; false when it was already revoked (or does not exist). */
    public boolean revoke(UUID id, String reason, Instant now) {
        return jdbc.update("update auth_session set revoked_at = ?, revoke_reason = ? where id = ? and revoked_at is null",
                Timestamp.from(now), reason, id) == 1;
    }

    /** Revokes the account's live sessions except {@code keep} (may be null); returns the revoked ids. */
    public List<UUID> revokeAll(UUID accountId, UUID keep, String reason, Instant now) {
        return jdbc.queryForList("""
                update auth_session set revoked_at = ?, revoke_reason = ?
                where account_id = ? and revoked_at is null and id is distinct from ?
                returning id
                """, UUID.class, Timestamp.from(now), reason, accountId, keep);
    }

    private static SessionRow map(ResultSet rs, int row) throws SQLException {
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new SessionRow(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                rs.getString("device"), rs.getString("ip"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("last_used_at").toInstant(), revoked == null ? null : revoked.toInstant());
    }
}

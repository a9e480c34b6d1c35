package com.fleetcommerce.auth.account.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class JdbcRefreshTokens {

    private final JdbcTemplate jdbc;

    public JdbcRefreshTokens(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String tokenHash, UUID sessionId, UUID accountId, Instant now, Instant expiresAt) {
        jdbc.update("insert into refresh_token (token_hash, session_id, account_id, created_at, expires_at) values (?, ?, ?, ?, ?)",
                tokenHash, sessionId, accountId, Timestamp.from(now), Timestamp.from(expiresAt));
    }

    /** The row, locked: a second refresh with the same token waits here and then sees it used. */
    public Optional<RefreshTokenRow> findForUpdate(String tokenHash) {
        return jdbc.query("select * from refresh_token where token_hash = ? for update", (rs, row) -> {
            Timestamp used = rs.getTimestamp("used_at");
            return new RefreshTokenRow(rs.getString("token_hash"), rs.getObject("session_id", UUID.class),
                    rs.getObject("account_id", UUID.class), rs.getTimestamp("expires_at").toInstant(),
                    used == null ? null : used.toInstant());
        }, tokenHash).stream().findFirst();
    }

    public void markUsed(String tokenHash, Instant now) {
        jdbc.update("update refresh_token set used_at = ? where token_hash = ?", Timestamp.from(now), tokenHash);
    }
}

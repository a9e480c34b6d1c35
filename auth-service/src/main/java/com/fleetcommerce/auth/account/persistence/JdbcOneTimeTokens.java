package com.fleetcommerce.auth.account.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Single-use, expiring tokens (reset, verification, MFA step), by SHA-256 hash and purpose. */
@Repository
public class JdbcOneTimeTokens {

    private final JdbcTemplate jdbc;

    public JdbcOneTimeTokens(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String tokenHash, String purpose, UUID accountId, Instant now, Instant expiresAt) {
        jdbc.update("insert into one_time_token (token_hash, purpose, account_id, created_at, expires_at) values (?, ?, ?, ?, ?)",
                tokenHash, purpose, accountId, Timestamp.from(now), Timestamp.from(expiresAt));
    }

    /**
     * Marks the token used and answers its account, only if it exists for this purpose, is unused and unexpired;
     * one conditional update, so two concurrent uses cannot both succeed.
     */
    public Optional<UUID> consume(String tokenHash, String purpose, Instant now) {
        return jdbc.queryForList("""
                update one_time_token set used_at = ?
                where token_hash = ? and purpose = ? and used_at is null and expires_at > ?
                returning account_id
                """, UUID.class, Timestamp.from(now), tokenHash, purpose, Timestamp.from(now)).stream().findFirst();
    }

    /** The account of a usable token without consuming it. */
    public Optional<UUID> peek(String tokenHash, String purpose, Instant now) {
        return jdbc.queryForList("""
                select account_id from one_time_token
                where token_hash = ? and purpose = ? and used_at is null and expires_at > ?
                """, UUID.class, tokenHash, purpose, Timestamp.from(now)).stream().findFirst();
    }

    /** Earlier open tokens of this purpose stop working when a new one is sent. */
    public void invalidateOpen(UUID accountId, String purpose, Instant now) {
        jdbc.update("update one_time_token set used_at = ? where account_id = ? and purpose = ? and used_at is null",
                Timestamp.from(now), accountId, purpose);
    }
}

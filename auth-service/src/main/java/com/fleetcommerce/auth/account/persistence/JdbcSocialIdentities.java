package com.fleetcommerce.auth.account.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class JdbcSocialIdentities {

    private final JdbcTemplate jdbc;

    public JdbcSocialIdentities(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UUID> findAccount(String provider, String subject) {
        return jdbc.queryForList("select account_id from social_identity where provider = ? and subject = ?",
                UUID.class, provider, subject).stream().findFirst();
    }

    /** Links unless the provider identity is linked already (a concurrent first login). */
    public void link(String provider, String subject, UUID accountId, String email, Instant now) {
        jdbc.update("""
                insert into social_identity (provider, subject, account_id, email, created_at) values (?, ?, ?, ?, ?)
                on conflict (provider, subject) do nothing
                """, provider, subject, accountId, email, Timestamp.from(now));
    }
}

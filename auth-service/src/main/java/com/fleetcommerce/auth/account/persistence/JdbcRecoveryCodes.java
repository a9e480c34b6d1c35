package com.fleetcommerce.auth.account.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class JdbcRecoveryCodes {

    private final JdbcTemplate jdbc;

    public JdbcRecoveryCodes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void replace(UUID accountId, List<String> codeHashes) {
        deleteAll(accountId);
        jdbc.batchUpdate("insert into recovery_code (account_id, code_hash) values (?, ?)",
                codeHashes.stream().map(hash -> new Object[] {accountId, hash}).toList());
    }

    public void deleteAll(UUID accountId) {
        jdbc.update("delete from recovery_code where account_id = ?", accountId);
    }

    /** Uses an unused code; false when unknown or already used. */
    public boolean use(UUID accountId, String codeHash, Instant now) {
        return jdbc.update("update recovery_code set used_at = ? where account_id = ? and code_hash = ? and used_at is null",
                Timestamp.from(now), accountId, codeHash) == 1;
    }
}

package com.fleetcommerce.auth.security;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Whether a login session may still be used: exists, not revoked. */
@Repository
class JdbcSessionLiveness {

    private final JdbcTemplate jdbc;

    JdbcSessionLiveness(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean isLive(UUID sessionId) {
        Boolean live = jdbc.query("""
                select s.revoked_at is null and a.status <> 'DISABLED'
                from auth_session s join account a on a.id = s.account_id where s.id = ?
                """, rs -> rs.next() ? rs.getBoolean(1) : Boolean.FALSE, sessionId);
        return Boolean.TRUE.equals(live);
    }
}

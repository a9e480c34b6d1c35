package com.fleetcommerce.auth.keys.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fleetcommerce.auth.keys.domain.KeyStatus;
import com.fleetcommerce.auth.keys.domain.StoredKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class JdbcSigningKeys {

    private final JdbcTemplate jdbc;

    public JdbcSigningKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises key creation and rotation across replicas for the rest of the transaction. */
    public void lock() {
        jdbc.query("select pg_advisory_xact_lock(hashtext('auth-service.signing-key'))", rs -> { });
    }

    public Optional<StoredKey> findActive() {
        return jdbc.query("select * from signing_key where status = 'ACTIVE'", JdbcSigningKeys::map).stream().findFirst();
    }

    public List<StoredKey> findNotRetired() {
        return jdbc.query("select * from signing_key where status <> 'RETIRED' order by created_at desc",
                JdbcSigningKeys::map);
    }

    public boolean exists(String kid) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from signing_key where kid = ?)",
                Boolean.class, kid));
    }

    public String publicJwk(String kid) {
        return jdbc.queryForObject("select public_jwk from signing_key where kid = ?", String.class, kid);
    }

    public void insert(StoredKey key) {
        jdbc.update("insert into signing_key (kid, status, public_jwk, private_key, created_at, rotated_at) values (?, ?, ?, ?, ?, ?)",
                key.kid(), key.status().name(), key.publicJwk(), key.encryptedPrivateKey(),
                Timestamp.from(key.createdAt()), key.rotatedAt() == null ? null : Timestamp.from(key.rotatedAt()));
    }

    public void markRotated(String kid, Instant at) {
        jdbc.update("update signing_key set status = 'ROTATED', rotated_at = ? where kid = ? and status = 'ACTIVE'",
                Timestamp.from(at), kid);
    }

    public void markRetired(String kid) {
        jdbc.update("update signing_key set status = 'RETIRED' where kid = ? and status = 'ROTATED'", kid);
    }

    private static StoredKey map(ResultSet rs, int row) throws SQLException {
        Timestamp rotated = rs.getTimestamp("rotated_at");
        return new StoredKey(rs.getString("kid"), KeyStatus.valueOf(rs.getString("status")), rs.getString("public_jwk"),
                rs.getString("private_key"), rs.getTimestamp("created_at").toInstant(),
                rotated == null ? null : rotated.toInstant());
    }
}

package com.fleetcommerce.auth.account.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fleetcommerce.auth.account.domain.Account;
import com.fleetcommerce.auth.account.domain.AccountKind;
import com.fleetcommerce.auth.account.domain.AccountStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class JdbcAccounts {

    private final JdbcTemplate jdbc;

    public JdbcAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts unless the email exists; false when it did (a concurrent registration of the same address too). */
    public boolean insertIfAbsent(Account account, Instant now) {
        return jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    insert into account (id, email, phone, kind, status, email_verified, password_hash, failed_logins,
                        locked_until, roles, permissions, totp_secret, totp_enabled, totp_last_step, created_at, updated_at,
                        warehouses)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (email) do nothing
                    """);
            statement.setObject(1, account.id());
            statement.setString(2, account.email());
            statement.setString(3, account.phone());
            statement.setString(4, account.kind().name());
            statement.setString(5, account.status().name());
            statement.setBoolean(6, account.emailVerified());
            statement.setString(7, account.passwordHash());
            statement.setInt(8, account.failedLogins());
            statement.setTimestamp(9, timestamp(account.lockedUntil()));
            statement.setArray(10, connection.createArrayOf("text", account.roles().toArray()));
            statement.setArray(11, connection.createArrayOf("text", account.permissions().toArray()));
            statement.setString(12, account.totpSecret());
            statement.setBoolean(13, account.totpEnabled());
            statement.setObject(14, account.totpLastStep());
            statement.setTimestamp(15, Timestamp.from(now));
            statement.setTimestamp(16, Timestamp.from(now));
            statement.setArray(17, connection.createArrayOf("uuid", account.warehouses().toArray()));
            return statement;
        }) == 1;
    }

    public void save(Account account, Instant now) {
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    update account set phone = ?, status = ?, email_verified = ?, password_hash = ?, failed_logins = ?,
                        locked_until = ?, roles = ?, permissions = ?, totp_secret = ?, totp_enabled = ?,
                        totp_last_step = ?, updated_at = ?, warehouses = ?
                    where id = ?
                    """);
            statement.setString(1, account.phone());
            statement.setString(2, account.status().name());
            statement.setBoolean(3, account.emailVerified());
            statement.setString(4, account.passwordHash());
            statement.setInt(5, account.failedLogins());
            statement.setTimestamp(6, timestamp(account.lockedUntil()));
            statement.setArray(7, connection.createArrayOf("text", account.roles().toArray()));
            statement.setArray(8, connection.createArrayOf("text", account.permissions().toArray()));
            statement.setString(9, account.totpSecret());
            statement.setBoolean(10, account.totpEnabled());
            statement.setObject(11, account.totpLastStep());
            statement.setTimestamp(12, Timestamp.from(now));
            statement.setArray(13, connection.createArrayOf("uuid", account.warehouses().toArray()));
            statement.setObject(14, account.id());
            return statement;
        });
    }

    public Optional<Account> findByEmailForUpdate(String normalizedEmail) {
        return jdbc.query("select * from account where email = ? for update", JdbcAccounts::map, normalizedEmail)
                .stream().findFirst();
    }

    public Optional<Account> findByEmail(String normalizedEmail) {
        return jdbc.query("select * from account where email = ?", JdbcAccounts::map, normalizedEmail)
                .stream().findFirst();
    }

    public Optional<Account> findForUpdate(UUID id) {
        return jdbc.query("select * from account where id = ? for update", JdbcAccounts::map, id).stream().findFirst();
    }

    public Optional<Account> find(UUID id) {
        return jdbc.query("select * from account where id = ?", JdbcAccounts::map, id).stream().findFirst();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
    }

    private static Account map(ResultSet rs, int row) throws SQLException {
        Timestamp lockedUntil = rs.getTimestamp("locked_until");
        long lastStep = rs.getLong("totp_last_step");
        Long totpLastStep = rs.wasNull() ? null : lastStep;
        return new Account(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("phone"),
                AccountKind.valueOf(rs.getString("kind")), AccountStatus.valueOf(rs.getString("status")),
                rs.getBoolean("email_verified"), rs.getString("password_hash"), rs.getInt("failed_logins"),
                lockedUntil == null ? null : lockedUntil.toInstant(), strings(rs.getArray("roles")),
                strings(rs.getArray("permissions")), uuids(rs.getArray("warehouses")), rs.getString("totp_secret"),
                rs.getBoolean("totp_enabled"), totpLastStep);
    }
}

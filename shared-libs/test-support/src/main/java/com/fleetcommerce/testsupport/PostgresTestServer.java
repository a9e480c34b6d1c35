package com.fleetcommerce.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Creates and drops throw-away databases on the PostgreSQL server that tests use.
 *
 * <p>Names carry their creation time ({@code it_<epochSeconds>_<random>}) so databases left behind by a killed test
 * JVM can be recognised and dropped later without touching anything else on the server.
 */
public final class PostgresTestServer {

    static final String PREFIX = "it_";
    private static final Duration STALE_AFTER = Duration.ofHours(6);

    private final String adminUrl;
    private final String user;
    private final String password;

    public PostgresTestServer(String adminUrl, String user, String password) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
    }

    public static PostgresTestServer fromEnvironment() {
        return new PostgresTestServer(
                env("TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres"),
                env("TEST_POSTGRES_USER", "postgres"),
                env("TEST_POSTGRES_PASSWORD", ""));
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Creates a new empty database and returns its JDBC URL. */
    public String createDatabase() {
        String name = PREFIX + Instant.now().getEpochSecond() + "_"
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            dropStaleDatabases(statement);
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database on " + adminUrl
                    + " as " + user + ". Is PostgreSQL running? (see README: Prerequisites)", e);
        }
        return urlFor(name);
    }

    public void dropDatabase(String jdbcUrl) {
        String name = databaseName(jdbcUrl);
        if (!name.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Refusing to drop a database the test support did not create: " + name);
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            // FORCE ends connections a pool may still hold (PostgreSQL 13+).
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop test database " + name, e);
        }
    }

    public boolean exists(String jdbcUrl) {
        try (Connection connection = connect();
             var statement = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            statement.setString(1, databaseName(jdbcUrl));
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    String urlFor(String database) {
        int slash = adminUrl.lastIndexOf('/');
        int query = adminUrl.indexOf('?', slash);
        return adminUrl.substring(0, slash + 1) + database + (query >= 0 ? adminUrl.substring(query) : "");
    }

    static String databaseName(String jdbcUrl) {
        int slash = jdbcUrl.lastIndexOf('/');
        int query = jdbcUrl.indexOf('?', slash);
        return query >= 0 ? jdbcUrl.substring(slash + 1, query) : jdbcUrl.substring(slash + 1);
    }

    private void dropStaleDatabases(Statement statement) throws SQLException {
        long cutoff = Instant.now().minus(STALE_AFTER).getEpochSecond();
        List<String> stale = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(
                "SELECT datname FROM pg_database WHERE datname LIKE 'it\\_%'")) {
            while (rs.next()) {
                String name = rs.getString(1);
                String[] parts = name.split("_");
                if (parts.length == 3 && parts[1].chars().allMatch(Character::isDigit)
                        && Long.parseLong(parts[1]) < cutoff) {
                    stale.add(name);
                }
            }
        }
        for (String name : stale) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private Connection connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        if (!password.isEmpty()) {
            props.setProperty("password", password);
        }
        return DriverManager.getConnection(adminUrl, props);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

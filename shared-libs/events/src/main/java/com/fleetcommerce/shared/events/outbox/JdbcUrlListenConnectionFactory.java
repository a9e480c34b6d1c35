package com.fleetcommerce.shared.events.outbox;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Opens dedicated connections with the PostgreSQL driver, outside the pool, from the service's JDBC settings. */
public final class JdbcUrlListenConnectionFactory implements ListenConnectionFactory {

    private final String url;
    private final String username;
    private final String password;

    public JdbcUrlListenConnectionFactory(String url, String username, String password) {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("the outbox relay needs PostgreSQL (LISTEN/NOTIFY), got " + url);
        }
        this.url = url;
        this.username = username;
        this.password = password;
    }

    @Override
    public Connection open(String applicationName) throws SQLException {
        Properties properties = new Properties();
        if (username != null) {
            properties.setProperty("user", username);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", applicationName);
        // lets the OS notice a peer that vanished without closing the socket
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("connectTimeout", "10");
        return DriverManager.getConnection(url, properties);
    }
}

package com.fleetcommerce.shared.events.outbox;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Opens the connection a relay keeps for {@code LISTEN}. It should be a dedicated physical connection: a pooled one
 * is held for the relay's whole life and would shrink the pool by one.
 */
@FunctionalInterface
public interface ListenConnectionFactory {

    /**
     * @param applicationName shown in {@code pg_stat_activity.application_name}, to tell relays' connections apart
     */
    Connection open(String applicationName) throws SQLException;
}

package com.fleetcommerce.shared.events.inbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code platform.inbox.*}.
 *
 * @param enabled the {@link Inbox} bean and its cleanup
 * @param cleanup deletion of old entries
 */
@ConfigurationProperties("platform.inbox")
public record InboxProperties(@DefaultValue("true") boolean enabled, @DefaultValue Cleanup cleanup) {

    /**
     * @param enabled   schedule the cleanup in this process
     * @param retention entries older than this are deleted
     * @param interval  how often the cleanup runs
     * @param batchSize rows deleted per statement
     */
    public record Cleanup(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("30d") Duration retention,
            @DefaultValue("1h") Duration interval,
            @DefaultValue("5000") int batchSize) {
    }
}

package com.fleetcommerce.shared.events.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code platform.events.*}.
 *
 * @param source CloudEvents {@code source} of the events this service writes; default {@code /<spring.application.name>}
 */
@ConfigurationProperties("platform.events")
public record EventsProperties(String source) {
}

package com.fleetcommerce.user.staff.persistence;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code user.auth-api.*}: where auth-service's service API is and how long to wait for it.
 *
 * @param baseUrl        e.g. {@code http://127.0.0.1:8081}
 * @param connectTimeout connection budget
 * @param readTimeout    answer budget (account creation hashes nothing, so it is quick)
 */
@ConfigurationProperties("user.auth-api")
public record AuthApiProperties(String baseUrl, Duration connectTimeout, Duration readTimeout) {

    public AuthApiProperties {
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(1) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(5) : readTimeout;
    }
}

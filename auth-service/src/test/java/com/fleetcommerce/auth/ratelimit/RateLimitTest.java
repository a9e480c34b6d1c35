package com.fleetcommerce.auth.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fleetcommerce.auth.AuthApi;
import com.fleetcommerce.auth.AuthIntegrationTest;
import com.fleetcommerce.testsupport.ApiClient.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Per-address limits (test profile: 10 logins, 10 registrations, 3 reset requests a minute) answer 429 + Retry-After. */
@AuthIntegrationTest
class RateLimitTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    AuthApi api;

    @BeforeEach
    void setUp() {
        api = new AuthApi(port);
    }

    @Test
    void tooManyLoginsFromOneAddressAreRefused() {
        String ip = AuthApi.randomIp();
        for (int i = 0; i < 10; i++) {
            assertThat(api.post("/api/v1/auth/login", null, Map.of("email", AuthApi.uniqueEmail(), "password", "x"), ip)
                    .status()).isEqualTo(401);
        }
        Response limited = api.post("/api/v1/auth/login", null, Map.of("email", AuthApi.uniqueEmail(), "password", "x"), ip);

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.body().path("code").asString()).isEqualTo("too-many-requests");
        long retryAfter = Long.parseLong(limited.headers().getFirst("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 60L);
        assertThat(api.post("/api/v1/auth/login", null, Map.of("email", AuthApi.uniqueEmail(), "password", "x"),
                AuthApi.randomIp()).status()).as("another address is not limited").isEqualTo(401);
    }

    @Test
    void registrationsAndResetRequestsAreLimitedToo() {
        String ip = AuthApi.randomIp();
        for (int i = 0; i < 10; i++) {
            assertThat(api.post("/api/v1/auth/register", null, Map.of("email", AuthApi.uniqueEmail(),
                    "password", AuthApi.PASSWORD), ip).status()).isEqualTo(202);
        }
        String blocked = AuthApi.uniqueEmail();
        Response limited = api.post("/api/v1/auth/register", null, Map.of("email", blocked, "password", AuthApi.PASSWORD), ip);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.headers().getFirst("Retry-After")).isNotBlank();
        assertThat(jdbc.queryForObject("select count(*) from account where email = ?", Integer.class, blocked)).isZero();

        for (int i = 0; i < 3; i++) {
            assertThat(api.post("/api/v1/auth/password/reset-request", null, Map.of("email", AuthApi.uniqueEmail()), ip)
                    .status()).isEqualTo(202);
        }
        assertThat(api.post("/api/v1/auth/password/reset-request", null, Map.of("email", AuthApi.uniqueEmail()), ip)
                .status()).isEqualTo(429);
    }

    @Test
    void forwardedForIsIgnoredFromUntrustedPeers() {
        ClientAddresses addresses = new ClientAddresses(new com.fleetcommerce.auth.config.AuthProperties(
                null, null, null, null, null, "x".repeat(16), null, null, null, null, null, null,
                java.util.List.of("10.0.0.1"), null, null, null, null, null, null));
        var direct = new org.springframework.mock.web.MockHttpServletRequest();
        direct.setRemoteAddr("203.0.113.9");
        direct.addHeader("X-Forwarded-For", "1.2.3.4");
        assertThat(addresses.of(direct)).isEqualTo("203.0.113.9");
        var proxied = new org.springframework.mock.web.MockHttpServletRequest();
        proxied.setRemoteAddr("10.0.0.1");
        proxied.addHeader("X-Forwarded-For", "6.6.6.6, 198.51.100.7, 10.0.0.1");
        assertThat(addresses.of(proxied)).isEqualTo("198.51.100.7");
    }
}

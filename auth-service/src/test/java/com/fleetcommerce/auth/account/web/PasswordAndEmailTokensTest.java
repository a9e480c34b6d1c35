package com.fleetcommerce.auth.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.fleetcommerce.auth.AccountEventsReader;
import com.fleetcommerce.auth.AuthApi;
import com.fleetcommerce.auth.AuthIntegrationTest;
import com.fleetcommerce.testsupport.MovableApplicationClock;
import com.fleetcommerce.testsupport.ApiClient.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Password change and reset, email verification: tokens reach Kafka raw (stored hashed), work once, expire; the
 * verified and password-changed events are published.
 */
@AuthIntegrationTest
class PasswordAndEmailTokensTest {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JdbcTemplate jdbc;

    AuthApi api;

    @BeforeEach
    void setUp() {
        api = new AuthApi(port);
    }

    @AfterEach
    void resetClock() {
        MovableApplicationClock.reset();
    }

    private String idOf(String email) {
        return jdbc.queryForObject("select id::text from account where email = ?", String.class, email);
    }

    @Test
    void passwordResetWorksOnceAndEndsEverySession() {
        String email = api.newCustomer();
        JsonNode session = api.loginOk(email, AuthApi.PASSWORD);
        String id = idOf(email);

        Response unknown = api.post("/api/v1/auth/password/reset-request", null, Map.of("email", AuthApi.uniqueEmail()));
        Response known = api.post("/api/v1/auth/password/reset-request", null, Map.of("email", email.toUpperCase()));
        assertThat(known.status()).isEqualTo(unknown.status()).isEqualTo(202);
        assertThat(known.body()).isEqualTo(unknown.body());

        try (AccountEventsReader events = new AccountEventsReader(bootstrapServers)) {
            JsonNode requested = events.await(id, "auth.password-reset.requested.v1");
            String token = requested.path("token").asString();
            assertThat(requested.path("email").asString()).isEqualTo(email);
            assertThat(requested.path("invite").asBoolean()).isFalse();
            assertThat(Instant.parse(requested.path("expiresAt").asString()))
                    .isBetween(Instant.now().plus(Duration.ofMinutes(29)), Instant.now().plus(Duration.ofMinutes(31)));

            Response weak = api.post("/api/v1/auth/password/reset", null, Map.of("token", token, "newPassword", "short"));
            assertThat(weak.status()).isEqualTo(400);
            assertThat(weak.body().path("code").asString()).isEqualTo("weak-password");

            String newPassword = "brand-New-secret-42";
            assertThat(api.post("/api/v1/auth/password/reset", null, Map.of("token", token, "newPassword", newPassword))
                    .status()).as("a refused password did not use the token up").isEqualTo(204);
            assertThat(api.post("/api/v1/auth/password/reset", null, Map.of("token", token, "newPassword", "another-New-secret-43"))
                    .status()).as("single use").isEqualTo(400);

            assertThat(api.login(email, AuthApi.PASSWORD).status()).isEqualTo(401);
            api.loginOk(email, newPassword);
            assertThat(api.me(session.path("accessToken").asString()).status()).as("old sessions ended").isEqualTo(401);
            assertThat(events.await(id, "auth.account.password-changed.v1").path("how").asString()).isEqualTo("RESET");
        }
        assertThat(api.post("/api/v1/auth/password/reset", null, Map.of("token", "made-up", "newPassword", "whatever-Pass-1"))
                .status()).isEqualTo(400);
    }

    @Test
    void resetTokensExpireAfterThirtyMinutes() {
        String email = api.newCustomer();
        String id = idOf(email);
        api.post("/api/v1/auth/password/reset-request", null, Map.of("email", email));
        try (AccountEventsReader events = new AccountEventsReader(bootstrapServers)) {
            String token = events.await(id, "auth.password-reset.requested.v1").path("token").asString();
            MovableApplicationClock.advance(Duration.ofMinutes(31));
            assertThat(api.post("/api/v1/auth/password/reset", null, Map.of("token", token, "newPassword", "brand-New-secret-42"))
                    .status()).isEqualTo(400);
        }
        MovableApplicationClock.reset();
        api.loginOk(email, AuthApi.PASSWORD);
    }

    @Test
    void emailVerificationWorksOnceAndExpires() {
        String email = api.newCustomer();
        String id = idOf(email);
        try (AccountEventsReader events = new AccountEventsReader(bootstrapServers)) {
            String first = events.await(id, "auth.email-verification.requested.v1").path("token").asString();
            MovableApplicationClock.advance(Duration.ofHours(49));
            assertThat(api.post("/api/v1/auth/email/verify", null, Map.of("token", first)).status())
                    .as("expired after 48 h").isEqualTo(400);
            MovableApplicationClock.reset();

            String token = api.loginOk(email, AuthApi.PASSWORD).path("accessToken").asString();
            assertThat(api.post("/api/v1/auth/email/verify-request", token, null).status()).isEqualTo(202);
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20))
                    .until(() -> events.all(id, "auth.email-verification.requested.v1").size() == 2);
            String second = events.all(id, "auth.email-verification.requested.v1").get(1).path("token").asString();

            assertThat(api.post("/api/v1/auth/email/verify", null, Map.of("token", second)).status()).isEqualTo(204);
            assertThat(api.post("/api/v1/auth/email/verify", null, Map.of("token", second)).status()).isEqualTo(400);
            assertThat(api.me(token).body().path("emailVerified").asBoolean()).isTrue();
            assertThat(events.await(id, "auth.account.verified.v1").path("email").asString()).isEqualTo(email);
        }
        assertThat(api.post("/api/v1/auth/email/verify", null, Map.of()).status()).isEqualTo(400);
    }

    @Test
    void passwordChangeNeedsTheCurrentPasswordAndEndsOtherSessions() {
        String email = api.newCustomer();
        JsonNode other = api.loginOk(email, AuthApi.PASSWORD);
        JsonNode current = api.loginOk(email, AuthApi.PASSWORD);
        String token = current.path("accessToken").asString();

        Response wrong = api.post("/api/v1/auth/password/change", token,
                Map.of("currentPassword", "not-it-Password-1", "newPassword", "brand-New-secret-42"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body().path("code").asString()).isEqualTo("wrong-password");
        assertThat(api.post("/api/v1/auth/password/change", token,
                Map.of("currentPassword", AuthApi.PASSWORD, "newPassword", "password123")).status()).isEqualTo(400);
        api.loginOk(email, AuthApi.PASSWORD);

        assertThat(api.post("/api/v1/auth/password/change", token,
                Map.of("currentPassword", AuthApi.PASSWORD, "newPassword", "brand-New-secret-42")).status()).isEqualTo(204);

        assertThat(api.me(token).status()).isEqualTo(200);
        assertThat(api.me(other.path("accessToken").asString()).status()).isEqualTo(401);
        api.loginOk(email, "brand-New-secret-42");
        try (AccountEventsReader events = new AccountEventsReader(bootstrapServers)) {
            assertThat(events.await(idOf(email), "auth.account.password-changed.v1").path("how").asString())
                    .isEqualTo("CHANGE");
        }
    }
}

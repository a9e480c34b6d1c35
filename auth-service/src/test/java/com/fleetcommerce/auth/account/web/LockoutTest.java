package com.fleetcommerce.auth.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

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

/** Five failed logins lock the account for 15 minutes, with the same answer as a wrong password. */
@AuthIntegrationTest
class LockoutTest {

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

    @Test
    void fiveFailuresLockTheAccountUntilTheLockoutEnds() {
        String email = api.newCustomer();
        Response wrong = null;
        for (int i = 0; i < 5; i++) {
            wrong = api.login(email, "wrong-Password-" + i);
            assertThat(wrong.status()).isEqualTo(401);
        }
        assertThat(jdbc.queryForObject("select status from account where email = ?", String.class, email))
                .isEqualTo("LOCKED");

        Response whileLocked = api.login(email, AuthApi.PASSWORD);
        assertThat(whileLocked.status()).as("the right password is refused while locked").isEqualTo(401);
        assertThat(whileLocked.body().path("code")).isEqualTo(wrong.body().path("code"));
        assertThat(whileLocked.body().path("detail")).isEqualTo(wrong.body().path("detail"));

        String accountId = jdbc.queryForObject("select id::text from account where email = ?", String.class, email);
        try (AccountEventsReader events = new AccountEventsReader(bootstrapServers)) {
            JsonNode locked = events.await(accountId, "auth.account.locked.v1");
            Instant until = Instant.parse(locked.path("until").asString());
            assertThat(until).isBetween(Instant.now().plus(Duration.ofMinutes(14)), Instant.now().plus(Duration.ofMinutes(16)));
        }

        MovableApplicationClock.advance(Duration.ofMinutes(14));
        assertThat(api.login(email, AuthApi.PASSWORD).status()).isEqualTo(401);
        MovableApplicationClock.advance(Duration.ofMinutes(2));
        JsonNode tokens = api.loginOk(email, AuthApi.PASSWORD);
        assertThat(tokens.path("accessToken").asString()).isNotBlank();
        assertThat(jdbc.queryForObject("select status from account where email = ?", String.class, email))
                .isEqualTo("ACTIVE");
        assertThat(jdbc.queryForObject("select failed_logins from account where email = ?", Integer.class, email)).isZero();
    }

    @Test
    void aSuccessfulLoginResetsTheFailureCount() {
        String email = api.newCustomer();
        for (int i = 0; i < 4; i++) {
            assertThat(api.login(email, "wrong-Password-" + i).status()).isEqualTo(401);
        }
        api.loginOk(email, AuthApi.PASSWORD);
        for (int i = 0; i < 4; i++) {
            assertThat(api.login(email, "wrong-Password-" + i).status()).isEqualTo(401);
        }
        api.loginOk(email, AuthApi.PASSWORD);
    }
}

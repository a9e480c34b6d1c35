package com.fleetcommerce.auth.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fleetcommerce.auth.AccountEventsReader;
import com.fleetcommerce.auth.AuthApi;
import com.fleetcommerce.auth.AuthIntegrationTest;
import com.fleetcommerce.testsupport.ApiClient.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Registration: a neutral 202 for new and taken addresses alike (nothing new stored or sent for a taken one), the
 * registered and verification-requested events, and bad input refused with nothing stored.
 */
@AuthIntegrationTest
class RegistrationApiTest {

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

    @Test
    void registersACustomerAndPublishesItsEvents() {
        String email = AuthApi.uniqueEmail();
        Response response = api.post("/api/v1/auth/register", null,
                Map.of("email", email.toUpperCase(), "password", AuthApi.PASSWORD, "phone", "+84 912 345 678"));

        assertThat(response.status()).isEqualTo(202);
        assertThat(response.body().path("message").asString()).isNotBlank();
        Map<String, Object> row = jdbc.queryForMap("select id, kind, status, email_verified, password_hash, roles::text "
                + "as roles from account where email = ?", email);
        assertThat(row.get("kind")).isEqualTo("CUSTOMER");
        assertThat(row.get("status")).isEqualTo("ACTIVE");
        assertThat(row.get("email_verified")).isEqualTo(false);
        assertThat((String) row.get("password_hash")).startsWith("{argon2}");
        assertThat(row.get("roles")).isEqualTo("{customer}");
        String id = row.get("id").toString();
        assertThat(id.charAt(14)).as("UUID v7").isEqualTo('7');

        try (AccountEventsReader events = new AccountEventsReader(bootstrapServers)) {
            var registered = events.await(id, "auth.account.registered.v1");
            assertThat(registered.path("email").asString()).isEqualTo(email);
            assertThat(registered.path("type").asString()).isEqualTo("CUSTOMER");
            assertThat(registered.path("phone").asString()).isEqualTo("+84 912 345 678");
            var verification = events.await(id, "auth.email-verification.requested.v1");
            assertThat(verification.path("token").asString()).hasSizeGreaterThan(40);
            assertThat(jdbc.queryForObject("select count(*) from one_time_token where account_id = ?::uuid "
                    + "and token_hash = encode(sha256(convert_to(?, 'UTF8')), 'hex')", Integer.class, id,
                    verification.path("token").asString())).as("only the hash is stored").isEqualTo(1);
        }
    }

    @Test
    void aTakenAddressGetsTheSameAnswerAndNothingHappens() {
        String email = AuthApi.uniqueEmail();
        Response first = api.register(email, AuthApi.PASSWORD);
        String id = jdbc.queryForObject("select id::text from account where email = ?", String.class, email);
        Integer tokensBefore = jdbc.queryForObject("select count(*) from one_time_token where account_id = ?::uuid",
                Integer.class, id);

        Response again = api.register(email.toUpperCase(), "another-Strong-pass-7");

        assertThat(again.status()).isEqualTo(first.status()).isEqualTo(202);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(jdbc.queryForObject("select count(*) from account where email = ?", Integer.class, email)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from one_time_token where account_id = ?::uuid", Integer.class, id))
                .isEqualTo(tokensBefore);
        // the first password still works: the second registration changed nothing
        api.loginOk(email, AuthApi.PASSWORD);
        try (AccountEventsReader events = new AccountEventsReader(bootstrapServers)) {
            events.await(id, "auth.email-verification.requested.v1");
            assertThat(events.all(id, "auth.account.registered.v1")).hasSize(1);
            assertThat(events.all(id, "auth.email-verification.requested.v1")).hasSize(1);
        }
    }

    @Test
    void badInputIsRefusedWithAProblemAndNothingIsStored() {
        String email = AuthApi.uniqueEmail();
        List<Object> bodies = List.of(
                Map.of("email", "not-an-email", "password", AuthApi.PASSWORD),
                Map.of("email", email, "password", "short-1"),
                Map.of("email", email, "password", "password123"),
                Map.of("email", email, "password", "qwertyuiop!"),
                Map.of("email", email, "password", email),
                Map.of("email", email),
                Map.of("email", email, "password", AuthApi.PASSWORD, "phone", "call me"),
                Map.of("email", email, "password", "x".repeat(129) + "Y1"),
                "{\"email\": \"" + email + "\", \"password\": ");
        for (Object body : bodies) {
            Response response = api.post("/api/v1/auth/register", null, body);
            assertThat(response.status()).as(body.toString()).isEqualTo(400);
            assertThat(response.headers().getContentType().toString()).startsWith("application/problem+json");
            assertThat(response.body().path("code").asString()).isIn("validation-failed", "weak-password",
                    "malformed-request");
        }
        assertThat(jdbc.queryForObject("select count(*) from account where email in (?, 'not-an-email')",
                Integer.class, email)).isZero();
    }
}

package com.fleetcommerce.customer.verification;

import static com.fleetcommerce.customer.CustomerFixtures.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import com.fleetcommerce.customer.CustomerApiTest;
import com.fleetcommerce.customer.CustomerEventsOnKafka;
import com.fleetcommerce.customer.CustomerFixtures.TestCustomer;
import com.fleetcommerce.testsupport.MovableApplicationClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

class VerificationApiTest extends CustomerApiTest {

    private static final String REQUEST = "/api/v1/customers/me/verifications";
    private static final String CONFIRM = REQUEST + "/confirm";
    private static final String TYPE = "customer.verification.requested.v1";

    CustomerEventsOnKafka events;

    @BeforeEach
    void setUp() {
        events = new CustomerEventsOnKafka(bootstrapServers);
    }

    @AfterEach
    void tearDown() {
        MovableApplicationClock.reset();
        events.close();
    }

    @Test
    void theCodeFromTheEventVerifiesTheEmailAndOnlyItsHashIsStored() {
        TestCustomer c = fixtures.customer();
        var requested = fixtures.send(HttpMethod.POST, REQUEST, c.token(), Map.of("channel", "EMAIL"));
        assertThat(requested.status()).as(requested.body().toString()).isEqualTo(202);
        assertThat(requested.body().has("code")).isFalse();

        var event = events.awaitEvent(c.id().toString(), TYPE);
        String code = event.payload().path("code").asString();
        assertThat(code).matches("\\d{6}");
        assertThat(event.payload().path("channel").asString()).isEqualTo("EMAIL");
        assertThat(event.payload().path("destination").asString()).isEqualTo(c.email());
        assertThat(event.payload().path("expiresAt").asString()).isNotBlank();
        String stored = jdbc.queryForObject("select code_hash from verification_code where customer_id = ?",
                String.class, c.id());
        assertThat(stored).doesNotContain(code).hasSize(64);

        // asking again at once is rate-limited
        var again = fixtures.send(HttpMethod.POST, REQUEST, c.token(), Map.of("channel", "EMAIL"));
        assertProblem(again, 429);
        assertThat(again.headers().getFirst("Retry-After")).matches("\\d+");
        assertThat(jdbc.queryForObject("select count(*) from verification_code where customer_id = ?",
                Integer.class, c.id())).isEqualTo(1);

        var confirmed = fixtures.send(HttpMethod.POST, CONFIRM, c.token(), Map.of("channel", "EMAIL", "code", code));
        assertThat(confirmed.status()).as(confirmed.body().toString()).isEqualTo(204);
        assertThat(fixtures.get("/api/v1/customers/me", c.token()).body().path("emailVerified").asBoolean()).isTrue();
        // a used code is not accepted twice
        assertProblem(fixtures.send(HttpMethod.POST, CONFIRM, c.token(), Map.of("channel", "EMAIL", "code", code)),
                422);
    }

    @Test
    void fiveWrongCodesKillTheCodeEvenForTheRightOne() {
        TestCustomer c = fixtures.customer();
        fixtures.send(HttpMethod.POST, REQUEST, c.token(), Map.of("channel", "EMAIL"));
        String code = events.awaitEvent(c.id().toString(), TYPE).payload().path("code").asString();
        String wrong = code.equals("000000") ? "111111" : "000000";

        for (int attempt = 1; attempt <= 4; attempt++) {
            var response = fixtures.send(HttpMethod.POST, CONFIRM, c.token(), Map.of("channel", "EMAIL", "code", wrong));
            assertProblem(response, 422);
            assertThat(response.body().path("code").asString()).isEqualTo("verification-code-invalid");
            assertThat(response.body().path("attemptsLeft").asInt()).isEqualTo(5 - attempt);
        }
        var fifth = fixtures.send(HttpMethod.POST, CONFIRM, c.token(), Map.of("channel", "EMAIL", "code", wrong));
        assertThat(fifth.body().path("code").asString()).isEqualTo("verification-code-dead");

        var right = fixtures.send(HttpMethod.POST, CONFIRM, c.token(), Map.of("channel", "EMAIL", "code", code));
        assertProblem(right, 422);
        assertThat(right.body().path("code").asString()).isEqualTo("verification-code-dead");
        assertThat(fixtures.get("/api/v1/customers/me", c.token()).body().path("emailVerified").asBoolean()).isFalse();
    }

    @Test
    void anExpiredCodeIsRefused() {
        TestCustomer c = fixtures.customer();
        fixtures.send(HttpMethod.POST, REQUEST, c.token(), Map.of("channel", "EMAIL"));
        String code = events.awaitEvent(c.id().toString(), TYPE).payload().path("code").asString();

        MovableApplicationClock.advance(Duration.ofMinutes(10).plusSeconds(1));
        var late = fixtures.send(HttpMethod.POST, CONFIRM, c.token(), Map.of("channel", "EMAIL", "code", code));

        assertProblem(late, 422);
        assertThat(late.body().path("code").asString()).isEqualTo("verification-code-expired");
        assertThat(fixtures.get("/api/v1/customers/me", c.token()).body().path("emailVerified").asBoolean()).isFalse();
    }

    @Test
    void smsNeedsAPhoneAndVerifiesIt() {
        TestCustomer c = fixtures.customer();
        assertProblem(fixtures.send(HttpMethod.POST, REQUEST, c.token(), Map.of("channel", "SMS")), 422);
        fixtures.send(HttpMethod.PUT, "/api/v1/customers/me/profile", c.token(), Map.of("phone", "0912345678"),
                "\"0\"");
        assertThat(fixtures.send(HttpMethod.POST, REQUEST, c.token(), Map.of("channel", "SMS")).status())
                .isEqualTo(202);
        var event = events.awaitEvent(c.id().toString(), TYPE, p -> p.path("channel").asString().equals("SMS"));
        assertThat(event.payload().path("destination").asString()).isEqualTo("0912345678");
        assertThat(fixtures.send(HttpMethod.POST, CONFIRM, c.token(),
                Map.of("channel", "SMS", "code", event.payload().path("code").asString())).status()).isEqualTo(204);
        assertThat(fixtures.get("/api/v1/customers/me", c.token()).body().path("phoneVerified").asBoolean()).isTrue();
    }
}

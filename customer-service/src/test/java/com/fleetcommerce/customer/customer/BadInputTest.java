package com.fleetcommerce.customer.customer;

import static com.fleetcommerce.customer.CustomerFixtures.assertProblem;
import static com.fleetcommerce.customer.CustomerFixtures.staff;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fleetcommerce.customer.CustomerApiTest;
import com.fleetcommerce.customer.CustomerFixtures.TestCustomer;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/** Every endpoint family: bad input is a 4xx problem and the stored customer does not change. */
class BadInputTest extends CustomerApiTest {

    @Test
    void badProfilePreferencesAndVerificationInputChangesNothing() {
        TestCustomer c = fixtures.customer();
        String before = snapshot(c);

        var profile = fixtures.send(HttpMethod.PUT, "/api/v1/customers/me/profile", c.token(),
                Map.of("firstName", "Ok", "birthday", "2999-01-01", "avatarUrl", "javascript:alert(1)",
                        "phone", "abc"), "\"0\"");
        assertProblem(profile, 400);
        assertThat(profile.body().path("errors").valueStream().map(e -> e.path("field").asString()))
                .contains("birthday", "avatarUrl");
        assertProblem(fixtures.send(HttpMethod.PUT, "/api/v1/customers/me/profile", c.token(),
                Map.of("phone", "abc"), "\"0\""), 400);
        assertProblem(fixtures.send(HttpMethod.PUT, "/api/v1/customers/me/profile", c.token(),
                Map.of("gender", "DRAGON"), "\"0\""), 400);
        assertProblem(fixtures.send(HttpMethod.PUT, "/api/v1/customers/me/profile", c.token(),
                Map.of("birthday", "yesterday"), "\"0\""), 400);
        assertProblem(fixtures.send(HttpMethod.PUT, "/api/v1/customers/me/profile", c.token(),
                "{not json", "\"0\""), 400);
        assertProblem(fixtures.send(HttpMethod.PUT, "/api/v1/customers/me/preferences", c.token(),
                Map.of("language", "klingon!", "currency", "XYZ", "notificationChannels", java.util.List.of(),
                        "marketingEmail", true, "marketingSms", false, "marketingPush", false), "\"0\""), 400);
        assertProblem(fixtures.send(HttpMethod.PUT, "/api/v1/customers/me/preferences", c.token(),
                Map.of("language", "vi"), "\"0\""), 400);
        assertProblem(fixtures.send(HttpMethod.POST, "/api/v1/customers/me/verifications", c.token(),
                Map.of("channel", "PIGEON")), 400);
        assertProblem(fixtures.send(HttpMethod.POST, "/api/v1/customers/me/verifications/confirm", c.token(),
                Map.of("channel", "EMAIL", "code", "12ab")), 400);
        assertProblem(fixtures.send(HttpMethod.POST, "/api/v1/customers/me/verifications/confirm", c.token(),
                Map.of("channel", "EMAIL", "code", "123456")), 422);      // nothing requested

        assertThat(snapshot(c)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from verification_code where customer_id = ?", Integer.class,
                c.id())).isZero();
    }

    @Test
    void badQueryParametersAreProblems() {
        assertProblem(fixtures.get("/api/v1/customers?page=-1", staff("customers:read")), 400);
        assertProblem(fixtures.get("/api/v1/customers?size=abc", staff("customers:read")), 400);
        assertProblem(fixtures.get("/api/v1/customers?segment=not-a-uuid", staff("customers:read")), 400);
        assertProblem(fixtures.get("/api/v1/customers/not-a-uuid", staff("customers:read")), 400);
        assertProblem(fixtures.get("/api/v1/segments/" + java.util.UUID.randomUUID() + "/members",
                staff("customers:read")), 404);
    }

    private String snapshot(TestCustomer c) {
        return jdbc.queryForMap("""
                select c.email, c.phone, c.version, c.email_verified, p.*, f.language, f.currency,
                       f.marketing_email, f.marketing_email_at
                  from customer c join customer_profile p on p.customer_id = c.id
                  join customer_preferences f on f.customer_id = c.id where c.id = ?
                """, c.id()).toString();
    }
}

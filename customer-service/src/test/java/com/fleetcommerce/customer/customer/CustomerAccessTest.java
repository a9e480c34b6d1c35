package com.fleetcommerce.customer.customer;

import static com.fleetcommerce.customer.CustomerFixtures.assertProblem;
import static com.fleetcommerce.customer.CustomerFixtures.staff;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fleetcommerce.customer.CustomerApiTest;
import com.fleetcommerce.customer.CustomerEventsOnKafka;
import com.fleetcommerce.customer.CustomerFixtures.TestCustomer;
import com.fleetcommerce.testsupport.TestJwts;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

class CustomerAccessTest extends CustomerApiTest {

    @Test
    void aCustomerReachesOnlyTheirOwnCustomerAndAnotherIdLooksUnknown() {
        TestCustomer a = fixtures.customer();
        TestCustomer b = fixtures.customer();

        assertThat(fixtures.get("/api/v1/customers/" + a.id(), a.token()).status()).isEqualTo(200);
        var other = fixtures.get("/api/v1/customers/" + b.id(), a.token());
        assertProblem(other, 404);
        var unknown = fixtures.get("/api/v1/customers/" + java.util.UUID.randomUUID(), a.token());
        assertProblem(unknown, 404);
        assertThat(other.body().path("code").asString()).isEqualTo(unknown.body().path("code").asString());

        var update = fixtures.send(HttpMethod.PUT, "/api/v1/customers/" + b.id() + "/profile", a.token(),
                Map.of("firstName", "Mallory"), "\"0\"");
        assertProblem(update, 404);
        assertThat(jdbc.queryForObject("select first_name from customer_profile where customer_id = ?",
                String.class, b.id())).isNull();
        assertProblem(fixtures.get("/api/v1/customers/" + b.id() + "/segments", a.token()), 404);
        assertProblem(fixtures.get("/api/v1/customers/" + b.id() + "/statistics", a.token()), 404);

        // a customer cannot search
        assertProblem(fixtures.get("/api/v1/customers", a.token()), 403);
        // a token of an account without a customer has no "me"
        assertProblem(fixtures.get("/api/v1/customers/me", TestJwts.customer().token()), 404);
        assertProblem(fixtures.get("/api/v1/customers/me", null), 401);
    }

    @Test
    void staffNeedCustomersReadToSearchAndRead() {
        TestCustomer c = fixtures.customer();

        assertProblem(fixtures.get("/api/v1/customers?q=" + c.email(), staff()), 403);
        assertProblem(fixtures.get("/api/v1/customers/" + c.id(), staff("catalog:read")), 403);

        var found = fixtures.get("/api/v1/customers?q=" + c.email() + "&page=0&size=10", staff("customers:read"));
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body().path("totalElements").asLong()).isEqualTo(1);
        assertThat(found.body().path("items").get(0).path("id").asString()).isEqualTo(c.id().toString());

        var one = fixtures.get("/api/v1/customers/" + c.id(), staff("customers:read"));
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body().path("accountId").asString()).isEqualTo(c.accountId().toString());

        // writes need customers:write
        var denied = fixtures.send(HttpMethod.PUT, "/api/v1/customers/" + c.id() + "/profile",
                staff("customers:read"), Map.of("firstName", "Staff"), "\"0\"");
        assertProblem(denied, 403);
        var written = fixtures.send(HttpMethod.PUT, "/api/v1/customers/" + c.id() + "/profile",
                staff("customers:write"), Map.of("firstName", "Staff"), "\"0\"");
        assertThat(written.status()).isEqualTo(200);
        assertThat(written.body().path("profile").path("firstName").asString()).isEqualTo("Staff");
    }

    @Test
    void profileAndPreferencesUpdatesNeedTheCurrentETag() {
        TestCustomer c = fixtures.customer();
        var missing = fixtures.send(HttpMethod.PUT, "/api/v1/customers/me/profile", c.token(),
                Map.of("firstName", "An"));
        assertProblem(missing, 428);

        var updated = fixtures.send(HttpMethod.PUT, "/api/v1/customers/me/profile", c.token(),
                Map.of("firstName", "An", "lastName", "Trần", "birthday", "1990-05-01", "gender", "FEMALE",
                        "avatarUrl", "https://cdn.example.com/a.png", "phone", "+84 912 345 678"), "\"0\"");
        assertThat(updated.status()).as(updated.body().toString()).isEqualTo(200);
        assertThat(updated.headers().getETag()).isEqualTo("\"1\"");
        assertThat(updated.body().path("phone").asString()).isEqualTo("+84912345678");

        var stale = fixtures.send(HttpMethod.PUT, "/api/v1/customers/me/profile", c.token(),
                Map.of("firstName", "Stale"), "\"0\"");
        assertProblem(stale, 412);
        assertThat(fixtures.get("/api/v1/customers/me", c.token()).body().path("profile").path("firstName")
                .asString()).isEqualTo("An");

        var prefs = fixtures.send(HttpMethod.PUT, "/api/v1/customers/me/preferences", c.token(),
                Map.of("language", "en", "currency", "USD", "notificationChannels", java.util.List.of("EMAIL", "PUSH"),
                        "marketingEmail", true, "marketingSms", false, "marketingPush", false), "\"1\"");
        assertThat(prefs.status()).as(prefs.body().toString()).isEqualTo(200);
        var email = prefs.body().path("preferences").path("marketingEmail");
        assertThat(email.path("granted").asBoolean()).isTrue();
        assertThat(email.path("changedAt").isNull()).isFalse();
        assertThat(prefs.body().path("preferences").path("marketingSms").path("changedAt").asString()).isNotBlank();

        try (CustomerEventsOnKafka events = new CustomerEventsOnKafka(bootstrapServers)) {
            events.awaitEvent(c.id().toString(), "customer.customer.updated.v1",
                    p -> p.path("parts").get(0).asString().equals("profile") && p.path("version").asLong() == 1);
            events.awaitEvent(c.id().toString(), "customer.customer.updated.v1",
                    p -> p.path("parts").get(0).asString().equals("preferences") && p.path("version").asLong() == 2);
        }
    }
}

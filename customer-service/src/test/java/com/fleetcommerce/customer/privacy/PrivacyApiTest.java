package com.fleetcommerce.customer.privacy;

import static com.fleetcommerce.customer.CustomerFixtures.assertProblem;
import static com.fleetcommerce.customer.CustomerFixtures.staff;
import static com.fleetcommerce.customer.CustomerFixtures.vnAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.customer.CustomerApiTest;
import com.fleetcommerce.customer.CustomerEventsOnKafka;
import com.fleetcommerce.customer.CustomerFixtures.TestCustomer;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

class PrivacyApiTest extends CustomerApiTest {

    @Test
    void exportHoldsEveryPartAndDeleteAnonymisesButKeepsStatistics() {
        TestCustomer c = fixtures.customer();
        fixtures.send(HttpMethod.PUT, "/api/v1/customers/me/profile", c.token(), Map.of("firstName", "Lan",
                "lastName", "Phạm", "birthday", "1988-02-03", "phone", "0987654321",
                "avatarUrl", "https://cdn.example.com/lan.png"), "\"0\"");
        fixtures.send(HttpMethod.PUT, "/api/v1/customers/me/preferences", c.token(), Map.of("language", "vi",
                "currency", "VND", "notificationChannels", java.util.List.of("SMS"), "marketingEmail", true,
                "marketingSms", true, "marketingPush", false), "\"1\"");
        fixtures.send(HttpMethod.POST, "/api/v1/customers/me/addresses", c.token(), vnAddress("Hà Nội"));
        String segment = fixtures.send(HttpMethod.POST, "/api/v1/segments", staff("customers:write"),
                Map.of("name", "export-" + UUID.randomUUID(), "kind", "STATIC")).body().path("id").asString();
        fixtures.send(HttpMethod.POST, "/api/v1/segments/" + segment + "/members", staff("customers:write"),
                Map.of("customerId", c.id()));
        fixtures.orderPlaced(c, "750000");
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForList(
                "select order_count from customer_statistics where customer_id = ?", Integer.class, c.id())
                .contains(1));

        var export = fixtures.get("/api/v1/customers/me/export", c.token());
        assertThat(export.status()).isEqualTo(200);
        var body = export.body();
        assertThat(body.path("customer").path("profile").path("firstName").asString()).isEqualTo("Lan");
        assertThat(body.path("customer").path("profile").path("birthday").asString()).isEqualTo("1988-02-03");
        assertThat(body.path("customer").path("preferences").path("marketingSms").path("granted").asBoolean()).isTrue();
        assertThat(body.path("customer").path("preferences").path("marketingSms").path("changedAt").asString())
                .isNotBlank();
        assertThat(body.path("addresses").get(0).path("line1").asString()).isEqualTo("12 Lê Lợi");
        assertThat(body.path("segments").get(0).path("segmentId").asString()).isEqualTo(segment);
        assertThat(body.path("statistics").path("orderCount").asInt()).isEqualTo(1);
        assertThat(body.path("statistics").path("totalSpent").path("amount").asString()).isEqualTo("750000");

        try (CustomerEventsOnKafka events = new CustomerEventsOnKafka(bootstrapServers)) {
            assertThat(fixtures.send(HttpMethod.DELETE, "/api/v1/customers/me", c.token(), null).status())
                    .isEqualTo(204);
            var deleted = events.awaitEvent(c.id().toString(), "customer.customer.deleted.v1");
            assertThat(deleted.payload().path("accountId").asString()).isEqualTo(c.accountId().toString());
        }

        var me = fixtures.get("/api/v1/customers/me", c.token());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().path("status").asString()).isEqualTo("DELETED");
        assertThat(me.body().path("id").asString()).isEqualTo(c.id().toString());
        assertThat(me.body().path("email").asString()).isEqualTo("deleted-" + c.id() + "@deleted.invalid");
        assertThat(me.body().path("phone").isNull()).isTrue();
        assertThat(me.body().path("profile").path("firstName").isNull()).isTrue();
        assertThat(me.body().path("profile").path("birthday").isNull()).isTrue();
        assertThat(me.body().path("profile").path("avatarUrl").isNull()).isTrue();
        assertThat(me.body().path("preferences").path("marketingSms").path("granted").asBoolean()).isFalse();

        var after = fixtures.get("/api/v1/customers/me/export", c.token()).body();
        assertThat(after.path("addresses").get(0).path("line1").asString()).isEqualTo("[deleted]");
        assertThat(after.path("addresses").get(0).path("recipientName").asString()).isEqualTo("[deleted]");
        assertThat(after.path("addresses").get(0).path("phone").isNull()).isTrue();
        assertThat(after.path("addresses").get(0).path("ward").isNull()).isTrue();
        assertThat(after.path("segments").size()).isZero();
        assertThat(after.path("statistics").path("orderCount").asInt()).isEqualTo(1);
        assertThat(after.path("statistics").path("totalSpent").path("amount").asString()).isEqualTo("750000");
        assertThat(jdbc.queryForObject("select count(*) from customer where id = ?", Integer.class, c.id()))
                .isEqualTo(1);

        // a deleted customer no longer changes
        var change = fixtures.send(HttpMethod.PUT, "/api/v1/customers/me/profile", c.token(),
                Map.of("firstName", "Back"), me.headers().getETag());
        assertProblem(change, 409);
        assertThat(change.body().path("code").asString()).isEqualTo("customer-deleted");
        assertProblem(fixtures.send(HttpMethod.DELETE, "/api/v1/customers/me", c.token(), null), 409);
        assertProblem(fixtures.send(HttpMethod.POST, "/api/v1/customers/me/addresses", c.token(),
                vnAddress("Hà Nội")), 409);
    }
}

package com.fleetcommerce.customer.segment;

import static com.fleetcommerce.customer.CustomerFixtures.assertProblem;
import static com.fleetcommerce.customer.CustomerFixtures.staff;
import static com.fleetcommerce.customer.CustomerFixtures.vnAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.customer.CustomerApiTest;
import com.fleetcommerce.customer.CustomerEventsOnKafka;
import com.fleetcommerce.customer.CustomerFixtures.TestCustomer;
import com.fleetcommerce.customer.segment.application.SegmentRecomputeJob;
import com.fleetcommerce.shared.events.contracts.order.OrderCancelled;
import com.fleetcommerce.shared.events.contracts.order.OrderPlaced;
import com.fleetcommerce.shared.events.contracts.order.OrderTotal;
import com.fleetcommerce.shared.events.core.Uuids;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

class SegmentMembershipTest extends CustomerApiTest {

    private static final String WRITE = "customers:write";
    private static final String READ = "customers:read";

    @Autowired
    SegmentRecomputeJob job;

    @Test
    void totalSpentSegmentIsJoinedAfterTheSecondOrderAndLeftAfterACancellation() {
        String segment = dynamicSegment("big-spenders-" + UUID.randomUUID(),
                Map.of("attribute", "totalSpent", "operator", ">=", "value", "5000000"));
        TestCustomer c = fixtures.customer();
        UUID first = Uuids.v7();
        fixtures.records().send("order.order", first.toString(), new OrderPlaced(first, c.id(), null,
                new OrderTotal("3000000", "VND"), Instant.now()));
        awaitOrderCount(c, 1);
        assertThat(isMember(segment, c)).isFalse();

        UUID second = Uuids.v7();
        OrderPlaced secondOrder = new OrderPlaced(second, null, c.accountId(), new OrderTotal("2500000", "VND"),
                Instant.now());
        String eventId = fixtures.records().send("order.order", second.toString(), secondOrder);
        fixtures.records().send(eventId, "order.order", second.toString(), secondOrder);    // redelivered
        await().atMost(Duration.ofSeconds(30)).until(() -> isMember(segment, c));

        var stats = fixtures.get("/api/v1/customers/" + c.id() + "/statistics", staff(READ));
        assertThat(stats.body().path("orderCount").asInt()).isEqualTo(2);
        assertThat(stats.body().path("totalSpent").path("amount").asString()).isEqualTo("5500000");
        assertThat(stats.body().path("totalSpent").path("currency").asString()).isEqualTo("VND");

        var members = fixtures.get("/api/v1/segments/" + segment + "/members?size=200", staff(READ));
        assertThat(members.status()).isEqualTo(200);
        assertThat(members.body().path("items").valueStream().map(m -> m.path("customerId").asString()))
                .contains(c.id().toString());
        var own = fixtures.get("/api/v1/customers/" + c.id() + "/segments", c.token());
        assertThat(own.body().valueStream().map(m -> m.path("segmentId").asString())).contains(segment);

        try (CustomerEventsOnKafka events = new CustomerEventsOnKafka(bootstrapServers)) {
            events.awaitEvent(c.id().toString(), "customer.segment.membership-changed.v1",
                    p -> p.path("segmentId").asString().equals(segment) && p.path("change").asString().equals("JOINED"));
            fixtures.records().send("order.order", first.toString(),
                    new OrderCancelled(first, c.id(), null, Instant.now()));
            await().atMost(Duration.ofSeconds(30)).until(() -> !isMember(segment, c));
            events.awaitEvent(c.id().toString(), "customer.segment.membership-changed.v1",
                    p -> p.path("segmentId").asString().equals(segment) && p.path("change").asString().equals("LEFT"));
        }
        assertThat(fixtures.get("/api/v1/customers/" + c.id() + "/statistics", staff(READ)).body()
                .path("orderCount").asInt()).isEqualTo(1);
    }

    @Test
    void cityRuleFollowsTheDefaultShippingAddress() {
        String city = "Tỉnh " + UUID.randomUUID();
        String segment = dynamicSegment("city-" + UUID.randomUUID(),
                Map.of("attribute", "city", "operator", "in", "values", List.of(city, "Nowhere")));
        TestCustomer c = fixtures.customer();
        var created = fixtures.send(HttpMethod.POST, "/api/v1/customers/me/addresses", c.token(), vnAddress(city));
        assertThat(isMember(segment, c)).isTrue();          // recomputed in the request's own transaction

        var moved = fixtures.send(HttpMethod.PUT, "/api/v1/customers/me/addresses/" + created.body().path("id")
                .asString(), c.token(), vnAddress("Cần Thơ"), created.headers().getETag());
        assertThat(moved.status()).as(moved.body().toString()).isEqualTo(200);
        assertThat(isMember(segment, c)).isFalse();
    }

    @Test
    void theFullRecomputeRepairsMembershipChangedBehindItsBack() {
        String city = "Tỉnh " + UUID.randomUUID();
        String segment = dynamicSegment("repair-" + UUID.randomUUID(),
                Map.of("attribute", "city", "operator", "=", "value", city));
        TestCustomer member = fixtures.customer();
        fixtures.send(HttpMethod.POST, "/api/v1/customers/me/addresses", member.token(), vnAddress(city));
        TestCustomer outsider = fixtures.customer();
        assertThat(isMember(segment, member)).isTrue();

        jdbc.update("delete from segment_member where segment_id = ?::uuid", segment);
        jdbc.update("insert into segment_member (segment_id, customer_id, joined_at) values (?::uuid, ?, now())",
                segment, outsider.id());

        job.run();

        // the run went through ShedLock under the job's name
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'customer.segments.recompute'",
                Integer.class)).isEqualTo(1);
        assertThat(isMember(segment, member)).isTrue();
        assertThat(isMember(segment, outsider)).isFalse();
    }

    @Test
    void staticSegmentsAreEditedByStaffWithWritePermission() {
        var created = fixtures.send(HttpMethod.POST, "/api/v1/segments", staff(WRITE),
                Map.of("name", "vip-" + UUID.randomUUID(), "kind", "STATIC"));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String segment = created.body().path("id").asString();
        TestCustomer c = fixtures.customer();

        assertProblem(fixtures.send(HttpMethod.POST, "/api/v1/segments/" + segment + "/members", staff(READ),
                Map.of("customerId", c.id())), 403);
        assertThat(fixtures.send(HttpMethod.POST, "/api/v1/segments/" + segment + "/members", staff(WRITE),
                Map.of("customerId", c.id())).status()).isEqualTo(204);
        assertThat(isMember(segment, c)).isTrue();
        var filtered = fixtures.get("/api/v1/customers?segment=" + segment, staff(READ));
        assertThat(filtered.body().path("totalElements").asLong()).isEqualTo(1);

        assertThat(fixtures.send(HttpMethod.DELETE, "/api/v1/segments/" + segment + "/members/" + c.id(),
                staff(WRITE), null).status()).isEqualTo(204);
        assertThat(isMember(segment, c)).isFalse();
    }

    @Test
    void badRulesAreRefusedAndNothingIsCreated() {
        String name = "bad-" + UUID.randomUUID();
        var response = fixtures.send(HttpMethod.POST, "/api/v1/segments", staff(WRITE), Map.of("name", name,
                "kind", "DYNAMIC", "rules", Map.of("match", "ALL", "conditions", List.of(
                        Map.of("attribute", "totalSpent", "operator", "~", "value", "1"),
                        Map.of("attribute", "shoeSize", "operator", "=", "value", "42"),
                        Map.of("attribute", "orderCount", "operator", "between", "value", "1"),
                        Map.of("attribute", "lastOrderDate", "operator", "within-last-days", "value", "soon")))));
        assertProblem(response, 400);
        assertThat(response.body().path("errors").valueStream().map(e -> e.path("field").asString()))
                .containsExactly("rules.conditions[0].operator", "rules.conditions[1].attribute",
                        "rules.conditions[2].values", "rules.conditions[3].values");
        assertProblem(fixtures.send(HttpMethod.POST, "/api/v1/segments", staff(WRITE),
                Map.of("name", name, "kind", "DYNAMIC")), 400);
        assertProblem(fixtures.send(HttpMethod.POST, "/api/v1/segments", staff(READ),
                Map.of("name", name, "kind", "STATIC")), 403);
        assertThat(jdbc.queryForObject("select count(*) from segment where name = ?", Integer.class, name)).isZero();
    }

    private String dynamicSegment(String name, Map<String, Object> condition) {
        var response = fixtures.send(HttpMethod.POST, "/api/v1/segments", staff(WRITE), Map.of("name", name,
                "kind", "DYNAMIC", "rules", Map.of("match", "ALL", "conditions", List.of(condition))));
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return response.body().path("id").asString();
    }

    private boolean isMember(String segment, TestCustomer c) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from segment_member where segment_id = ?::uuid and customer_id = ?)",
                Boolean.class, segment, c.id()));
    }

    private void awaitOrderCount(TestCustomer c, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForList(
                "select order_count from customer_statistics where customer_id = ?", Integer.class, c.id())
                .contains(count));
    }
}

package com.fleetcommerce.customer.address;

import static com.fleetcommerce.customer.CustomerFixtures.assertProblem;
import static com.fleetcommerce.customer.CustomerFixtures.vnAddress;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.customer.CustomerApiTest;
import com.fleetcommerce.customer.CustomerFixtures.TestCustomer;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

class AddressApiTest extends CustomerApiTest {

    private static final String ADDRESSES = "/api/v1/customers/me/addresses";

    @Test
    void vietnameseAddressWithoutWardIsRefusedNamingTheFieldAndNothingIsStored() {
        TestCustomer c = fixtures.customer();
        Map<String, Object> address = vnAddress("Hồ Chí Minh");
        address.remove("ward");
        address.put("phone", "12345");

        var response = fixtures.send(HttpMethod.POST, ADDRESSES, c.token(), address);

        assertProblem(response, 400);
        assertThat(response.body().path("code").asString()).isEqualTo("validation-failed");
        assertThat(fields(response.body())).contains("ward", "phone");
        assertThat(count(c)).isZero();
    }

    @Test
    void validVietnameseAddressIsStoredAndTheFirstBecomesBothDefaults() {
        TestCustomer c = fixtures.customer();
        var created = fixtures.send(HttpMethod.POST, ADDRESSES, c.token(), vnAddress("Hồ Chí Minh"));

        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.body().path("country").asString()).isEqualTo("VN");
        assertThat(created.body().path("ward").asString()).isEqualTo("Phường Bến Nghé");
        assertThat(created.body().path("defaultShipping").asBoolean()).isTrue();
        assertThat(created.body().path("defaultBilling").asBoolean()).isTrue();
        assertThat(count(c)).isEqualTo(1);
        var list = fixtures.get(ADDRESSES, c.token());
        assertThat(list.body().size()).isEqualTo(1);
    }

    @Test
    void aNewDefaultUnsetsTheOldOneAndUpdatesNeedTheCurrentETag() {
        TestCustomer c = fixtures.customer();
        String first = fixtures.send(HttpMethod.POST, ADDRESSES, c.token(), vnAddress("Hà Nội"))
                .body().path("id").asString();
        Map<String, Object> second = vnAddress("Đà Nẵng");
        second.put("defaultShipping", true);
        String secondId = fixtures.send(HttpMethod.POST, ADDRESSES, c.token(), second).body().path("id").asString();

        var firstNow = fixtures.get(ADDRESSES + "/" + first, c.token());
        assertThat(firstNow.body().path("defaultShipping").asBoolean()).isFalse();
        assertThat(firstNow.body().path("defaultBilling").asBoolean()).isTrue();
        assertThat(fixtures.get(ADDRESSES + "/" + secondId, c.token()).body().path("defaultShipping").asBoolean())
                .isTrue();
        assertThat(jdbc.queryForObject("select count(*) from address where customer_id = ? and default_shipping",
                Integer.class, c.id())).isEqualTo(1);

        // the first address's version moved when it lost its default: its old ETag is stale
        Map<String, Object> billing = vnAddress("Hà Nội");
        billing.put("defaultShipping", true);
        assertProblem(fixtures.send(HttpMethod.PUT, ADDRESSES + "/" + first, c.token(), billing, "\"0\""), 412);
        assertProblem(fixtures.send(HttpMethod.PUT, ADDRESSES + "/" + first, c.token(), billing), 428);
        var moved = fixtures.send(HttpMethod.PUT, ADDRESSES + "/" + first, c.token(), billing,
                firstNow.headers().getETag());
        assertThat(moved.status()).as(moved.body().toString()).isEqualTo(200);
        assertThat(fixtures.get(ADDRESSES + "/" + secondId, c.token()).body().path("defaultShipping").asBoolean())
                .isFalse();
    }

    @Test
    void otherCountriesFollowTheirPostalCodeRules() {
        TestCustomer c = fixtures.customer();
        Map<String, Object> us = Map.of("recipientName", "Jane Roe", "country", "US", "city", "Austin",
                "line1", "1 Congress Ave", "postalCode", "7870");
        var bad = fixtures.send(HttpMethod.POST, ADDRESSES, c.token(), us);
        assertProblem(bad, 400);
        assertThat(fields(bad.body())).containsExactly("postalCode");

        var gb = fixtures.send(HttpMethod.POST, ADDRESSES, c.token(), Map.of("recipientName", "J Bloggs",
                "country", "gb", "city", "London", "line1", "10 Downing St", "postalCode", "sw1a 2aa"));
        assertThat(gb.status()).as(gb.body().toString()).isEqualTo(201);
        assertThat(gb.body().path("postalCode").asString()).isEqualTo("SW1A 2AA");
        var generic = fixtures.send(HttpMethod.POST, ADDRESSES, c.token(), Map.of("recipientName", "Hans",
                "country", "DE", "line1", "Unter den Linden 1"));
        assertProblem(generic, 400);
        assertThat(fields(generic.body())).containsExactly("city");
        assertProblem(fixtures.send(HttpMethod.POST, ADDRESSES, c.token(), Map.of("recipientName", "X",
                "country", "XX", "city", "Y", "line1", "Z")), 400);
        assertThat(count(c)).isEqualTo(1);
    }

    @Test
    void anotherCustomersAddressIsNotFound() {
        TestCustomer a = fixtures.customer();
        TestCustomer b = fixtures.customer();
        String bAddress = fixtures.send(HttpMethod.POST, ADDRESSES, b.token(), vnAddress("Huế"))
                .body().path("id").asString();
        assertProblem(fixtures.get(ADDRESSES + "/" + bAddress, a.token()), 404);
        assertProblem(fixtures.send(HttpMethod.DELETE, ADDRESSES + "/" + bAddress, a.token(), null), 404);
        assertProblem(fixtures.send(HttpMethod.PUT, ADDRESSES + "/" + bAddress, a.token(), vnAddress("Huế"),
                "\"0\""), 404);
        assertThat(count(b)).isEqualTo(1);
        assertProblem(fixtures.get(ADDRESSES + "/" + UUID.randomUUID(), a.token()), 404);
    }

    @Test
    void concurrentNewDefaultsLeaveExactlyOneDefault() throws Exception {
        TestCustomer c = fixtures.customer();
        Map<String, Object> address = vnAddress("Hải Phòng");
        address.put("defaultShipping", true);
        address.put("defaultBilling", true);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(6)) {
            var futures = java.util.stream.IntStream.range(0, 6).mapToObj(i -> pool.submit(
                    () -> fixtures.send(HttpMethod.POST, ADDRESSES, c.token(), address).status())).toList();
            for (var future : futures) {
                assertThat(future.get()).isEqualTo(201);
            }
        }
        assertThat(count(c)).isEqualTo(6);
        assertThat(jdbc.queryForObject("select count(*) from address where customer_id = ? and default_shipping",
                Integer.class, c.id())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from address where customer_id = ? and default_billing",
                Integer.class, c.id())).isEqualTo(1);
    }

    private int count(TestCustomer c) {
        return jdbc.queryForObject("select count(*) from address where customer_id = ?", Integer.class, c.id());
    }

    private static java.util.List<String> fields(JsonNode problem) {
        return problem.path("errors").valueStream().map(e -> e.path("field").asString()).toList();
    }
}

package com.fleetcommerce.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two shoppers register through the gateway; customer-service creates each one's customer from auth-service's
 * {@code auth.account.registered.v1}; the first fills an address book (Vietnamese addresses: province, district,
 * ward), and the second cannot read the first's customer (404, as if it did not exist).
 */
@ExtendWith(FleetExtension.class)
class CustomerProfileThroughGatewayIT {

    private static final String PASSWORD = "Green-Paddy-Field-19";

    @Test
    void registeredShopperFindsTheirProfileKeepsAddressesAndCannotReadAnotherCustomer(Fleet fleet) throws Exception {
        assumeTrue(fleet.hasMember("gateway-service") && fleet.hasMember("auth-service")
                && fleet.hasMember("customer-service"), "needs the gateway, auth-service and customer-service");
        String gateway = fleet.member("gateway-service").baseUrl();
        String lan = register(gateway, "lan");
        String minh = register(gateway, "minh");

        HttpJson.Response lanCustomer = awaitCustomer(gateway, lan);
        String lanId = lanCustomer.body().path("id").asString();
        awaitCustomer(gateway, minh);

        HttpJson.Response home = HttpJson.post(gateway + "/api/v1/customers/me/addresses", lan, Map.of(
                "recipientName", "Nguyen Thi Lan", "line1", "12 Hang Bai", "ward", "Phuong Hang Bai",
                "district", "Quan Hoan Kiem", "province", "Ha Noi", "country", "VN", "phone", "0912 345 678"));
        assertThat(home.status()).as(home.body().toString()).isEqualTo(201);
        HttpJson.Response office = HttpJson.post(gateway + "/api/v1/customers/me/addresses", lan, Map.of(
                "recipientName", "Nguyen Thi Lan", "line1", "2 Ton Duc Thang", "ward", "Phuong Ben Nghe",
                "district", "Quan 1", "province", "Ho Chi Minh", "country", "VN", "phone", "+84 903 123 456"));
        assertThat(office.status()).as(office.body().toString()).isEqualTo(201);
        HttpJson.Response noWard = HttpJson.post(gateway + "/api/v1/customers/me/addresses", lan, Map.of(
                "recipientName", "Nguyen Thi Lan", "line1", "1 Le Loi", "district", "Quan 1",
                "province", "Ho Chi Minh", "country", "VN", "phone", "0903 123 456"));
        assertThat(noWard.status()).isEqualTo(400);

        HttpJson.Response book = HttpJson.get(gateway + "/api/v1/customers/me/addresses", lan);
        assertThat(book.status()).isEqualTo(200);
        assertThat(book.body().toString()).contains("Phuong Hang Bai", "Phuong Ben Nghe").doesNotContain("1 Le Loi");

        HttpJson.Response someoneElses = HttpJson.get(gateway + "/api/v1/customers/" + lanId, minh);
        assertThat(someoneElses.status()).isEqualTo(404);
        assertThat(someoneElses.body().toString()).doesNotContain("Hang Bai");
        assertThat(HttpJson.get(gateway + "/api/v1/customers/" + lanId, lan).status()).isEqualTo(200);
    }

    /** Registers and logs in a new shopper; answers the access token. */
    private static String register(String gateway, String name) throws Exception {
        String email = name + "-" + UUID.randomUUID() + "@example.com";
        assertThat(HttpJson.post(gateway + "/api/v1/auth/register", null,
                Map.of("email", email, "password", PASSWORD)).status()).isEqualTo(202);
        HttpJson.Response login = HttpJson.post(gateway + "/api/v1/auth/login", null,
                Map.of("email", email, "password", PASSWORD));
        assertThat(login.status()).as(login.body().toString()).isEqualTo(200);
        return login.body().path("accessToken").asString();
    }

    /** The customer appears once customer-service has consumed the registration event. */
    private static HttpJson.Response awaitCustomer(String gateway, String token) {
        HttpJson.Response[] found = new HttpJson.Response[1];
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            found[0] = HttpJson.get(gateway + "/api/v1/customers/me", token);
            assertThat(found[0].status()).isEqualTo(200);
        });
        return found[0];
    }
}

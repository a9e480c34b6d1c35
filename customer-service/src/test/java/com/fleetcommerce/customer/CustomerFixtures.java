package com.fleetcommerce.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fleetcommerce.shared.events.contracts.order.OrderPlaced;
import com.fleetcommerce.shared.events.contracts.order.OrderTotal;
import com.fleetcommerce.shared.events.contracts.auth.AccountRegistered;
import com.fleetcommerce.shared.events.core.Uuids;
import com.fleetcommerce.testsupport.ApiClient;
import com.fleetcommerce.testsupport.TestJwts;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/** Customers created the real way (an auth.account event on Kafka), and the calls tests make with their tokens. */
public final class CustomerFixtures implements AutoCloseable {

    public record TestCustomer(UUID accountId, UUID id, String email, String token) {
    }

    private final ApiClient api;
    private final JdbcTemplate jdbc;
    private final CloudEventRecords records;

    public CustomerFixtures(int port, String bootstrapServers, JdbcTemplate jdbc) {
        this.api = new ApiClient(port);
        this.jdbc = jdbc;
        this.records = new CloudEventRecords(bootstrapServers);
    }

    public ApiClient api() {
        return api;
    }

    public CloudEventRecords records() {
        return records;
    }

    /** Publishes auth.account.registered.v1 for a new CUSTOMER account and waits for its customer. */
    public TestCustomer customer() {
        UUID accountId = Uuids.v7();
        String email = "c-" + accountId + "@example.com";
        records.send("auth.account", accountId.toString(),
                new AccountRegistered(accountId, email, null, "CUSTOMER", Instant.now()));
        UUID id = awaitCustomer(accountId);
        return new TestCustomer(accountId, id, email, TestJwts.customer(accountId.toString()).token());
    }

    public UUID awaitCustomer(UUID accountId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> count(accountId) == 1);
        return jdbc.queryForObject("select id from customer where account_id = ?", UUID.class, accountId);
    }

    public int count(UUID accountId) {
        Integer n = jdbc.queryForObject("select count(*) from customer where account_id = ?", Integer.class, accountId);
        return n == null ? 0 : n;
    }

    public void orderPlaced(TestCustomer customer, String amount) {
        UUID orderId = Uuids.v7();
        records.send("order.order", orderId.toString(), new OrderPlaced(orderId, customer.id(), null,
                new OrderTotal(amount, "VND"), Instant.now()));
    }

    public ApiClient.Response get(String path, String token) {
        return api.get(path, token);
    }

    public ApiClient.Response send(HttpMethod method, String path, String token, Object body) {
        return api.send(method, path, token, body, Map.of());
    }

    public ApiClient.Response send(HttpMethod method, String path, String token, Object body, String ifMatch) {
        return api.send(method, path, token, body, Map.of("If-Match", ifMatch));
    }

    public static String staff(String... permissions) {
        return TestJwts.staff().permissions(permissions).token();
    }

    /** A valid Vietnamese address in the given province. */
    public static Map<String, Object> vnAddress(String province) {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("recipientName", "Nguyễn Văn A");
        address.put("phone", "0901234567");
        address.put("country", "VN");
        address.put("province", province);
        address.put("district", "Quận 1");
        address.put("ward", "Phường Bến Nghé");
        address.put("line1", "12 Lê Lợi");
        return address;
    }

    public static void assertProblem(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
        assertThat(response.headers().getContentType()).hasToString("application/problem+json");
    }

    @Override
    public void close() {
        records.close();
    }
}

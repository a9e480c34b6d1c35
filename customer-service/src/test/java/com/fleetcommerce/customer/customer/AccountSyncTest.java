package com.fleetcommerce.customer.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fleetcommerce.customer.CustomerApiTest;
import com.fleetcommerce.customer.CustomerEventsOnKafka;
import com.fleetcommerce.shared.events.contracts.auth.AccountRegistered;
import com.fleetcommerce.shared.events.core.Uuids;
import com.fleetcommerce.testsupport.TestJwts;
import com.fleetcommerce.testsupport.TestKafkaConsumers;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;

/**
 * auth.account.registered.v1 -> customer. Records of one key go to one partition in order, so once a later record
 * of the same key has been processed, the earlier ones have been too: no sleeping to prove that nothing happened.
 */
class AccountSyncTest extends CustomerApiTest {

    @Test
    void registeredCustomerAccountCreatesExactlyOneCustomerEvenWhenRedelivered() {
        UUID accountId = Uuids.v7();
        String key = accountId.toString();
        AccountRegistered registered = new AccountRegistered(accountId, "one-" + accountId + "@example.com",
                "0901234567", "CUSTOMER", Instant.now());
        String eventId = fixtures.records().send("auth.account", key, registered);
        fixtures.records().send(eventId, "auth.account", key, registered);           // redelivery: same ce_id
        fixtures.records().send("auth.account", key, registered);                    // a second event, same account
        UUID marker = Uuids.v7();
        fixtures.records().send("auth.account", key,
                new AccountRegistered(marker, "m-" + marker + "@example.com", null, "CUSTOMER", Instant.now()));
        fixtures.awaitCustomer(marker);

        assertThat(fixtures.count(accountId)).isEqualTo(1);
        UUID customerId = jdbc.queryForObject("select id from customer where account_id = ?", UUID.class, accountId);
        assertThat(customerId.version()).isEqualTo(7);
        assertThat(customerId).isNotEqualTo(accountId);

        var me = fixtures.get("/api/v1/customers/me", TestJwts.customer(key).token());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().path("id").asString()).isEqualTo(customerId.toString());
        assertThat(me.body().path("email").asString()).isEqualTo(registered.email());
        assertThat(me.body().path("phone").asString()).isEqualTo("0901234567");
        assertThat(me.body().path("status").asString()).isEqualTo("ACTIVE");
        assertThat(me.body().path("emailVerified").asBoolean()).isFalse();
        assertThat(me.body().path("preferences").path("currency").asString()).isEqualTo("VND");
        assertThat(me.headers().getETag()).isEqualTo("\"0\"");

        try (CustomerEventsOnKafka events = new CustomerEventsOnKafka(bootstrapServers)) {
            var created = events.awaitEvent(customerId.toString(), "customer.customer.created.v1");
            assertThat(created.payload().path("accountId").asString()).isEqualTo(key);
        }
    }

    @Test
    void staffRegistrationCreatesNoCustomer() {
        UUID staffAccount = Uuids.v7();
        String key = staffAccount.toString();
        fixtures.records().send("auth.account", key,
                new AccountRegistered(staffAccount, "s-" + key + "@example.com", null, "STAFF", Instant.now()));
        UUID marker = Uuids.v7();
        fixtures.records().send("auth.account", key,
                new AccountRegistered(marker, "m-" + marker + "@example.com", null, "CUSTOMER", Instant.now()));
        fixtures.awaitCustomer(marker);

        assertThat(fixtures.count(staffAccount)).isZero();
    }

    @Test
    void malformedEventGoesToTheDeadLetterTopicAndDoesNotBlockThePartition() {
        UUID accountId = Uuids.v7();
        String key = accountId.toString();
        fixtures.records().sendRaw(Uuids.v7().toString(), "auth.account", key, "auth.account.registered.v1",
                "{\"accountId\":\"not-a-uuid\",\"type\":\"CUSTOMER\"}");
        fixtures.records().send("auth.account", key,
                new AccountRegistered(accountId, "after-" + key + "@example.com", null, "CUSTOMER", Instant.now()));
        fixtures.awaitCustomer(accountId);

        try (KafkaConsumer<String, String> dlt = TestKafkaConsumers.strings(bootstrapServers)) {
            dlt.subscribe(List.of("auth.account.dlt"));
            List<String> keys = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                dlt.poll(Duration.ofMillis(200)).forEach(r -> keys.add(r.key()));
                assertThat(keys).contains(key);
            });
        }
    }
}

package com.fleetcommerce.auth.account.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.fleetcommerce.auth.AuthApi;
import com.fleetcommerce.auth.AuthIntegrationTest;
import com.fleetcommerce.shared.events.contracts.customer.CustomerDeleted;
import com.fleetcommerce.shared.events.core.CloudEvent;
import com.fleetcommerce.shared.events.core.CloudEventCodec;
import com.fleetcommerce.shared.events.core.Uuids;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** customer-service deleted a customer's data: their account is disabled, its sessions end, login is refused. */
@AuthIntegrationTest
class DeletedCustomerTest {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDeletedCustomersAccountIsDisabledOnceAndOthersAreUntouched() throws Exception {
        AuthApi api = new AuthApi(port);
        String deleted = api.newCustomer();
        String kept = api.newCustomer();
        JsonNode session = api.loginOk(deleted, AuthApi.PASSWORD);
        UUID accountId = UUID.fromString(jdbc.queryForObject("select id::text from account where email = ?",
                String.class, deleted));

        String eventId = Uuids.v7().toString();
        publish(eventId, new CustomerDeleted(UUID.randomUUID(), accountId, Instant.now()));
        publish(eventId, new CustomerDeleted(UUID.randomUUID(), accountId, Instant.now()));   // redelivered

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                jdbc.queryForObject("select status from account where id = ?", String.class, accountId))
                .isEqualTo("DISABLED"));
        assertThat(api.login(deleted, AuthApi.PASSWORD).status()).isEqualTo(401);
        assertThat(api.refresh(session.path("refreshToken").asString()).status()).isEqualTo(401);
        assertThat(api.me(session.path("accessToken").asString()).status()).isEqualTo(401);
        assertThat(api.login(kept, AuthApi.PASSWORD).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from inbox_event where event_id = ?", Long.class, eventId))
                .isEqualTo(1);
    }

    private void publish(String eventId, CustomerDeleted payload) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            String key = payload.customerId().toString();
            ProducerRecord<String, String> record = new ProducerRecord<>("customer.customer", key,
                    JsonMapper.builder().build().writeValueAsString(payload));
            CloudEventCodec.write(new CloudEvent(eventId, "customer.customer.deleted.v1", "/customer-service",
                    Instant.now(), key), Map.of(), record.headers());
            producer.send(record).get(10, TimeUnit.SECONDS);
        }
    }
}

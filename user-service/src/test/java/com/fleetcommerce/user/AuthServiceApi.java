package com.fleetcommerce.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.fleetcommerce.testsupport.ApiClient;
import com.fleetcommerce.testsupport.TestKafkaConsumers;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a staff member does at the in-test auth-service: take the invite, set a password, log in, refresh. */
public final class AuthServiceApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApiClient api;
    private final String bootstrapServers;

    public AuthServiceApi(String bootstrapServers) {
        this.api = new ApiClient(InTestAuthService.get().port());
        this.bootstrapServers = bootstrapServers;
    }

    /** The raw token of the invite auth-service sent for a new staff account (its delivery-request event). */
    public String inviteToken(UUID accountId) {
        try (KafkaConsumer<String, String> consumer = TestKafkaConsumers.strings(bootstrapServers)) {
            consumer.subscribe(List.of("auth.account"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if ("auth.password-reset.requested.v1".equals(TestKafkaConsumers.header(record, "ce_type"))) {
                        JsonNode payload = JSON.readTree(record.value());
                        if (accountId.toString().equals(payload.get("accountId").asString())) {
                            assertThat(payload.get("invite").asBoolean()).isTrue();
                            return payload.get("token").asString();
                        }
                    }
                }
            }
        }
        throw new AssertionError("no invite for account " + accountId + " on auth.account");
    }

    public void setPassword(String token, String password) {
        ApiClient.Response reset = send("/api/v1/auth/password/reset", Map.of("token", token, "newPassword", password));
        assertThat(reset.status()).as("password reset: %s", reset.body()).isEqualTo(204);
    }

    public ApiClient.Response login(String email, String password) {
        return send("/api/v1/auth/login", Map.of("email", email, "password", password));
    }

    /** Logs in and returns {accessToken, refreshToken, ...}. */
    public JsonNode tokens(String email, String password) {
        ApiClient.Response login = login(email, password);
        assertThat(login.status()).as("login: %s", login.body()).isEqualTo(200);
        return login.body();
    }

    public JsonNode refresh(String refreshToken) {
        ApiClient.Response refreshed = send("/api/v1/auth/token/refresh", Map.of("refreshToken", refreshToken));
        assertThat(refreshed.status()).as("refresh: %s", refreshed.body()).isEqualTo(200);
        return refreshed.body();
    }

    /** The claims of an access token (already validated by auth-service when it issued it). */
    public static JsonNode claims(String accessToken) {
        String payload = accessToken.split("\\.")[1];
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    public static List<String> strings(JsonNode array) {
        return array == null ? List.of() : array.valueStream().map(JsonNode::asString).toList();
    }

    private ApiClient.Response send(String path, Object body) {
        // each call from its own address: auth-service's per-address rate limits do not leak between tests
        String address = "10." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256)
                + "." + (1 + ThreadLocalRandom.current().nextInt(254));
        return api.send(HttpMethod.POST, path, null, body, Map.of("X-Forwarded-For", address));
    }
}

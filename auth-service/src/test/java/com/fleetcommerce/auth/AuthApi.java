package com.fleetcommerce.auth;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.fleetcommerce.testsupport.ApiClient;
import com.fleetcommerce.testsupport.ApiClient.Response;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test helper over auth-service's HTTP API. Every call comes from its own made-up client address
 * ({@code X-Forwarded-For}, believed from loopback in the test profile) unless a test picks one, so the per-IP rate
 * limits only bite where a test means them to.
 */
public final class AuthApi {

    public static final String PASSWORD = "correct-Horse-battery-9";
    public static final String ADMIN_EMAIL = "admin@fleetcommerce.local";
    public static final String ADMIN_PASSWORD = "local-only-Admin-2026!";

    private final ApiClient api;

    public AuthApi(int port) {
        this.api = new ApiClient(port);
    }

    public static String uniqueEmail() {
        return "user-" + UUID.randomUUID() + "@example.com";
    }

    public static String randomIp() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    public Response post(String path, String token, Object body) {
        return post(path, token, body, randomIp());
    }

    public Response post(String path, String token, Object body, String ip) {
        return api.send(HttpMethod.POST, path, token, body, Map.of("X-Forwarded-For", ip));
    }

    public Response get(String path, String token) {
        return api.send(HttpMethod.GET, path, token, null, Map.of("X-Forwarded-For", randomIp()));
    }

    public Response send(HttpMethod method, String path, String token, Object body) {
        return api.send(method, path, token, body, Map.of("X-Forwarded-For", randomIp()));
    }

    public Response register(String email, String password) {
        return post("/api/v1/auth/register", null, Map.of("email", email, "password", password));
    }

    public Response login(String email, String password) {
        return post("/api/v1/auth/login", null, Map.of("email", email, "password", password, "device", "test"));
    }

    /** Registers a fresh customer with {@link #PASSWORD}; answers the email. */
    public String newCustomer() {
        String email = uniqueEmail();
        assertThat(register(email, PASSWORD).status()).isEqualTo(202);
        return email;
    }

    /** Logs in and answers the token pair (asserting success). */
    public JsonNode loginOk(String email, String password) {
        Response response = login(email, password);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    public JsonNode newCustomerSession() {
        return loginOk(newCustomer(), PASSWORD);
    }

    public Response me(String accessToken) {
        return get("/api/v1/auth/me", accessToken);
    }

    public Response refresh(String refreshToken) {
        return post("/api/v1/auth/token/refresh", null, Map.of("refreshToken", refreshToken));
    }
}

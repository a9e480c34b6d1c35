package com.fleetcommerce.user.staff.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/**
 * The sessions call against the endpoint auth-service is asked to add ({@code GET
 * /api/v1/auth/accounts/{id}/sessions}), served by a JDK HTTP server that records the calls, and the failure
 * mapping when auth-service is unreachable.
 */
class AuthAccountsClientSessionsTest {

    private HttpServer server;
    private final List<String> calls = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void readsTheAccountsSessionsFromTheDocumentedEndpoint() throws IOException {
        UUID accountId = UUID.randomUUID();
        UUID live = UUID.randomUUID();
        UUID ended = UUID.randomUUID();
        serve(200, """
                [{"id":"%s","device":"Firefox on Linux","ip":"203.0.113.5","createdAt":"2026-11-20T08:00:00Z",
                  "lastUsedAt":"2026-11-24T05:00:00Z","endedAt":null},
                 {"id":"%s","device":"Safari","ip":"198.51.100.2","createdAt":"2026-11-01T08:00:00Z",
                  "lastUsedAt":"2026-11-02T08:00:00Z","endedAt":"2026-11-02T09:00:00Z"}]
                """.formatted(live, ended));

        List<AuthSession> sessions = client().sessions(accountId);

        assertThat(calls).containsExactly("GET /api/v1/auth/accounts/" + accountId + "/sessions");
        assertThat(sessions).extracting(AuthSession::id).containsExactly(live, ended);
        assertThat(sessions.get(0).endedAt()).isNull();
        assertThat(sessions.get(1).device()).isEqualTo("Safari");
    }

    @Test
    void aMissingEndpointAndAnUnreachableServiceAre503Problems() throws IOException {
        serve(404, "{\"code\":\"not-found\"}");
        assertThatThrownBy(() -> client().sessions(UUID.randomUUID()))
                .isInstanceOfSatisfying(AuthServiceUnavailableException.class,
                        e -> assertThat(e.code()).isEqualTo("auth-sessions-unavailable"));

        int port = server.getAddress().getPort();
        server.stop(0);
        server = null;
        AuthAccountsClient unreachable = new AuthAccountsClient(RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port).build());
        assertThatThrownBy(() -> unreachable.setEnabled(UUID.randomUUID(), false))
                .isInstanceOfSatisfying(AuthServiceUnavailableException.class,
                        e -> assertThat(e.code()).isEqualTo("auth-service-unavailable"));
    }

    private void serve(int status, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            calls.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    private AuthAccountsClient client() {
        return new AuthAccountsClient(RestClient.builder()
                .baseUrl("http://127.0.0.1:" + server.getAddress().getPort()).build());
    }
}

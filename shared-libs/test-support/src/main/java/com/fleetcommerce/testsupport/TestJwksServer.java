package com.fleetcommerce.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;

import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A tiny HTTP server in the test JVM standing in for auth-service: it publishes the test signing key's public half as
 * a JWKS document and answers client-credentials token requests ({@value #TOKEN_PATH}) with a service token for the
 * client id of the HTTP Basic credentials (any secret: the services under test are what is tested, not the issuer).
 */
final class TestJwksServer {

    static final String PATH = "/.well-known/jwks.json";
    static final String TOKEN_PATH = "/oauth2/token";
    static final int TOKEN_LIFETIME_SECONDS = 900;

    private final HttpServer server;

    TestJwksServer(JWKSet publicKeys) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the test JWKS server", e);
        }
        byte[] body = publicKeys.toString(true).getBytes(StandardCharsets.UTF_8);
        server.createContext(PATH, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext(TOKEN_PATH, TestJwksServer::token);
        server.setExecutor(Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "test-jwks-server");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    String uri() {
        return base() + PATH;
    }

    String tokenUri() {
        return base() + TOKEN_PATH;
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void token(HttpExchange exchange) throws IOException {
        try (exchange) {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> params = new HashMap<>();
            for (String pair : form.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            String clientId = basicClientId(exchange.getRequestHeaders().getFirst("Authorization"));
            if (clientId == null) {
                clientId = params.get("client_id");
            }
            if (!"POST".equals(exchange.getRequestMethod()) || clientId == null
                    || !"client_credentials".equals(params.get("grant_type"))) {
                send(exchange, 400, "{\"error\":\"invalid_request\"}");
                return;
            }
            String scope = params.getOrDefault("scope", "");
            String token = TestJwts.service(clientId)
                    .scopes(scope.isBlank() ? new String[0] : scope.strip().split(" +"))
                    .expiresIn(Duration.ofSeconds(TOKEN_LIFETIME_SECONDS)).token();
            send(exchange, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":"
                    + TOKEN_LIFETIME_SECONDS + (scope.isBlank() ? "" : ",\"scope\":\"" + scope.strip() + "\"") + "}");
        }
    }

    private static String basicClientId(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return URLDecoder.decode(colon < 0 ? decoded : decoded.substring(0, colon), StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }
}

package com.fleetcommerce.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpServer;

/** A tiny HTTP server in the test JVM that publishes the test signing key's public half as a JWKS document. */
final class TestJwksServer {

    static final String PATH = "/.well-known/jwks.json";

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
        server.setExecutor(Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "test-jwks-server");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }
}

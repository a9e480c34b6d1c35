package com.fleetcommerce.shared.observability;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The smallest OTLP/HTTP receiver that lets a test prove spans leave the process: it keeps every request body
 * posted to {@code /v1/traces} and answers with an empty (valid) protobuf response.
 */
final class FakeOtlpCollector implements AutoCloseable {

    private final HttpServer server;
    private final List<byte[]> traceExports = new CopyOnWriteArrayList<>();

    FakeOtlpCollector() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/traces", this::receive);
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Whether any exported batch carries a span of this trace (OTLP protobuf holds trace ids as 16 raw bytes). */
    boolean received(String traceId) {
        byte[] needle = HexFormat.of().parseHex(traceId);
        return traceExports.stream().anyMatch(body -> indexOf(body, needle) >= 0);
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            traceExports.add(body.readAllBytes());
        }
        exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
        exchange.sendResponseHeaders(200, -1);
        exchange.close();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

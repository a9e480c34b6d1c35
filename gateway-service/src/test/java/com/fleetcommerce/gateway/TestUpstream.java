package com.fleetcommerce.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server standing in for one service behind the gateway. It records every request it receives (method,
 * path with query, headers, body size) and answers with a small JSON echo, or what the test's {@link Responder}
 * says. {@code ?delayMs=N} makes it answer slowly. One per service, for the whole test JVM.
 */
public final class TestUpstream {

    /** How to answer a request; null means the default echo. */
    public interface Responder extends Function<Recorded, Reply> {
    }

    public record Recorded(String service, String method, String path, Map<String, List<String>> headers, long bodySize) {

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.getFirst();
        }

        /** The {@code sub} of the bearer token the request carried, or null. */
        public String tokenSubject() {
            String authorization = header("Authorization");
            if (authorization == null || !authorization.startsWith("Bearer ")) {
                return null;
            }
            String[] parts = authorization.substring(7).split("\\.");
            if (parts.length < 2) {
                return null;
            }
            String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            Matcher sub = Pattern.compile("\"sub\"\\s*:\\s*\"([^\"]*)\"").matcher(payload);
            return sub.find() ? sub.group(1) : null;
        }
    }

    public record Reply(int status, String contentType, String body) {

        public static Reply json(int status, String body) {
            return new Reply(status, "application/json", body);
        }

        public static Reply problem(int status, String code) {
            return new Reply(status, "application/problem+json",
                    "{\"type\":\"https://errors.fleetcommerce.dev/" + code + "\",\"status\":" + status
                            + ",\"code\":\"" + code + "\"}");
        }
    }

    private static final Pattern DELAY = Pattern.compile("[?&]delayMs=(\\d+)");

    private final String service;
    private final HttpServer server;
    private final List<Recorded> received = new CopyOnWriteArrayList<>();
    private volatile Responder responder;

    TestUpstream(String service) {
        this.service = service;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "upstream-" + service);
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    public String service() {
        return service;
    }

    public String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void respondWith(Responder responder) {
        this.responder = responder;
    }

    public List<Recorded> received() {
        return new ArrayList<>(received);
    }

    /** Requests whose path (with query) starts with the prefix. */
    public List<Recorded> received(String pathPrefix) {
        return received.stream().filter(r -> r.path().startsWith(pathPrefix)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            long size = exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
            Map<String, List<String>> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
            String path = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            Recorded request = new Recorded(service, exchange.getRequestMethod(), path, headers, size);
            received.add(request);
            Matcher delay = DELAY.matcher(path);
            if (delay.find()) {
                try {
                    Thread.sleep(Long.parseLong(delay.group(1)));
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
            }
            Responder current = responder;
            Reply reply = current == null ? null : current.apply(request);
            if (reply == null) {
                reply = Reply.json(200, "{\"service\":\"" + service + "\",\"method\":\"" + request.method()
                        + "\",\"path\":\"" + path.replace("\"", "") + "\"}");
            }
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
        }
    }
}

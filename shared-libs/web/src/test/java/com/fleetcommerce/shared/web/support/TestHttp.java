package com.fleetcommerce.shared.web.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client against the test server's port (java.net.http, so that chunked bodies, duplicate headers and
 * raw bytes are all possible).
 */
public final class TestHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    public TestHttp(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    public Request get(String path) {
        return new Request("GET", path, HttpRequest.BodyPublishers.noBody());
    }

    public Request post(String path, String json) {
        return new Request("POST", path, HttpRequest.BodyPublishers.ofString(json)).header("Content-Type",
                "application/json");
    }

    public Request put(String path, String json) {
        return new Request("PUT", path, HttpRequest.BodyPublishers.ofString(json)).header("Content-Type",
                "application/json");
    }

    /** A body without Content-Length (chunked transfer encoding). */
    public Request postChunked(String path, byte[] body) {
        return new Request("POST", path, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .header("Content-Type", "application/json");
    }

    /** A {@code multipart/form-data} POST with one file part {@code file} of {@code size} bytes. */
    public Request postFile(String path, int size) {
        String boundary = "----fleet" + UUID.randomUUID();
        String multipart = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n"
                + "x".repeat(size) + "\r\n--" + boundary + "--\r\n";
        return new Request("POST", path, HttpRequest.BodyPublishers.ofString(multipart))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary);
    }

    public Request method(String method, String path, HttpRequest.BodyPublisher body) {
        return new Request(method, path, body);
    }

    public static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    public final class Request {

        private final HttpRequest.Builder builder;

        private Request(String method, String path, HttpRequest.BodyPublisher body) {
            this.builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
                    .method(method, body);
        }

        public Request header(String name, String value) {
            builder.header(name, value);
            return this;
        }

        public Request basicAuth(String user, String password) {
            return header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }

        public Response send() {
            try {
                HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
                return new Response(response);
            }
            catch (IOException ex) {
                throw new IllegalStateException(ex);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            }
        }
    }

    public record Response(HttpResponse<String> raw) {

        public int status() {
            return raw.statusCode();
        }

        public String body() {
            return raw.body();
        }

        public JsonNode json() {
            return TestHttp.json(raw.body());
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }
    }
}

package com.fleetcommerce.testsupport;

import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for tests: never throws on 4xx/5xx, answers status, headers and the parsed JSON body. */
public final class ApiClient {

    public record Response(int status, HttpHeaders headers, JsonNode body) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient http;

    public ApiClient(int port) {
        this.http = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
    }

    public Response get(String path, String token) {
        return exchange(HttpMethod.GET, path, token, null, Map.of());
    }

    public Response send(HttpMethod method, String path, String token, Object body, Map<String, String> headers) {
        return exchange(method, path, token, body, headers);
    }

    private Response exchange(HttpMethod method, String path, String token, Object body, Map<String, String> headers) {
        RestClient.RequestBodySpec spec = http.method(method).uri(path).accept(MediaType.ALL);
        if (token != null) {
            spec.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        headers.forEach(spec::header);
        if (body instanceof String raw) {
            spec.contentType(MediaType.APPLICATION_JSON).body(raw);
        } else if (body != null) {
            spec.contentType(MediaType.APPLICATION_JSON).body(JSON.writeValueAsString(body));
        }
        ResponseEntity<String> response = spec.retrieve().toEntity(String.class);
        String text = response.getBody();
        JsonNode json = text == null || text.isBlank() ? JSON.missingNode() : JSON.readTree(text);
        return new Response(response.getStatusCode().value(), response.getHeaders(), json);
    }
}

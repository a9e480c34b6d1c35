package com.fleetcommerce.shared.security;

import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP calls to the server under test that hand back every status (a 401 is an answer here, not an error). */
final class HttpProbe {

    private final RestClient http;

    HttpProbe(int port) {
        http = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
    }

    Response call(HttpMethod method, String path, String bearerToken) {
        ResponseEntity<String> response = http.method(method).uri(path)
                .headers(headers -> {
                    if (bearerToken != null) {
                        headers.setBearerAuth(bearerToken);
                    }
                })
                .retrieve().toEntity(String.class);
        return new Response(response.getStatusCode().value(), response.getHeaders(), response.getBody());
    }

    Response get(String path, String bearerToken) {
        return call(HttpMethod.GET, path, bearerToken);
    }

    Response post(String path, String bearerToken) {
        return call(HttpMethod.POST, path, bearerToken);
    }

    record Response(int status, HttpHeaders headers, String body) {

        Map<String, Object> json() {
            return JsonMapper.shared().readValue(body, new TypeReference<Map<String, Object>>() { });
        }

        CallerView caller() {
            return JsonMapper.shared().readValue(body, CallerView.class);
        }

        String contentType() {
            return headers.getContentType() == null ? null : headers.getContentType().toString();
        }
    }
}

package com.fleetcommerce.shared.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;

/** The checks every problem response must pass, whatever its cause. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    /** Asserts the RFC 9457 shape and the platform's members; returns the body for further checks. */
    public static JsonNode assertProblem(TestHttp.Response response, int status, String code, String path) {
        assertThat(response.status()).as("status of %s", response.body()).isEqualTo(status);
        assertThat(response.contentType()).as("content type").startsWith("application/problem+json");
        JsonNode body = response.json();
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("code").asString()).isEqualTo(code);
        assertThat(body.path("type").asString()).isEqualTo("https://errors.fleetcommerce.dev/" + code);
        assertThat(body.path("title").asString()).isNotBlank();
        assertThat(body.path("detail").asString()).isNotBlank();
        assertThat(body.path("traceId").asString()).as("traceId").matches("[0-9a-f]{32}");
        if (path != null) {
            assertThat(body.path("instance").asString()).isEqualTo(path);
        }
        return body;
    }
}

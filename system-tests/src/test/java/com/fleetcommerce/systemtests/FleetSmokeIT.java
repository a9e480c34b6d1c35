package com.fleetcommerce.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ExtendWith(FleetExtension.class)
class FleetSmokeIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theFleetHasMembers(Fleet fleet) {
        assertThat(fleet.members()).as("services in deploy/services.conf whose module exists").isNotEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyMemberIsLiveAndReady(Fleet fleet) {
        return fleet.members().stream().flatMap(member -> Stream.of(
                DynamicTest.dynamicTest(member.name() + " is live", () ->
                        assertThat(getJson(member.baseUrl() + "/actuator/health/liveness").path("status").asString())
                                .isEqualTo("UP")),
                DynamicTest.dynamicTest(member.name() + " is ready", () ->
                        assertThat(getJson(member.baseUrl() + "/actuator/health/readiness").path("status").asString())
                                .isEqualTo("UP"))));
    }

    @TestFactory
    Stream<DynamicTest> everyServicePublishesItsOpenApiDocument(Fleet fleet) {
        return fleet.members().stream().filter(FleetMember::isService).map(member ->
                DynamicTest.dynamicTest(member.name() + " publishes OpenAPI", () -> {
                    JsonNode doc = getJson(member.baseUrl() + "/v3/api-docs");
                    assertThat(doc.path("openapi").asString()).startsWith("3.");
                    assertThat(doc.path("info").path("title").asString()).isNotBlank();
                    assertThat(doc.path("paths").size()).as("documented paths").isPositive();
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyMemberExposesPrometheusMetrics(Fleet fleet) {
        return fleet.members().stream().map(member ->
                DynamicTest.dynamicTest(member.name() + " exposes /actuator/prometheus", () -> {
                    HttpResponse<String> response = get(member.baseUrl() + "/actuator/prometheus");
                    assertThat(response.statusCode()).isEqualTo(200);
                    assertThat(response.body()).contains("application=\"" + member.name() + "\"");
                }));
    }

    static JsonNode getJson(String url) throws Exception {
        HttpResponse<String> response = get(url);
        assertThat(response.statusCode()).as("GET " + url).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

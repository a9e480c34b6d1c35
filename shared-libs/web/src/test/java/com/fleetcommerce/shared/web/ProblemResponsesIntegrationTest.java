package com.fleetcommerce.shared.web;

import static com.fleetcommerce.shared.web.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fleetcommerce.shared.web.support.TestHttp;
import com.fleetcommerce.shared.web.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** One test per problem type, through a real HTTP port. */
class ProblemResponsesIntegrationTest extends WebIntegrationTest {

    private static final String P = "/test/problems";

    private static final String VALID_ORDER = """
            {"customerName": "Lan", "total": {"amount": "199000", "currency": "VND"},
             "lines": [{"sku": "SKU-1", "quantity": 2}]}
            """;

    @Test
    void validOrderPassesWithoutAProblem() {
        TestHttp.Response response = http.post(P + "/orders", VALID_ORDER).send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("total").path("amount").asString()).isEqualTo("199000");
    }

    @Test
    void beanValidationOfABodyListsEveryFieldError() {
        TestHttp.Response response = http.post(P + "/orders", """
                {"customerName": " ", "total": {"amount": "5.00", "currency": "USD"},
                 "lines": [{"sku": "SKU-1", "quantity": 1}, {"sku": "", "quantity": 0}],
                 "password": "x"}
                """).send();

        JsonNode body = assertProblem(response, 400, "validation-failed", P + "/orders");
        assertThat(fields(body)).containsExactlyInAnyOrder("customerName", "lines[1].sku", "lines[1].quantity",
                "password");
        JsonNode quantity = error(body, "lines[1].quantity");
        assertThat(quantity.path("message").asString()).isNotBlank();
        assertThat(quantity.path("rejectedValue").asInt()).isZero();
        assertThat(error(body, "password").has("rejectedValue")).as("secrets are never echoed").isFalse();
    }

    @Test
    void beanValidationOfParametersListsEveryParameter() {
        TestHttp.Response response = http.get(P + "/search?limit=500&q=%20").send();

        JsonNode body = assertProblem(response, 400, "validation-failed", P + "/search");
        assertThat(fields(body)).containsExactlyInAnyOrder("limit", "q");
        assertThat(error(body, "limit").path("rejectedValue").asInt()).isEqualTo(500);
    }

    @Test
    void malformedJsonIsA400WithoutParserInternals() {
        TestHttp.Response response = http.post(P + "/orders", "{\"customerName\": \"Lan\", \"total\": ").send();

        JsonNode body = assertProblem(response, 400, "malformed-request", P + "/orders");
        assertThat(response.body()).doesNotContain("Unexpected end-of-input", "tools.jackson", "line:", "column:",
                "CreateOrderRequest", "Exception");
    }

    @Test
    void missingBodyIsMalformed() {
        TestHttp.Response response = http.method("POST", P + "/orders", HttpRequest.BodyPublishers.noBody())
                .header("Content-Type", "application/json").send();

        JsonNode body = assertProblem(response, 400, "malformed-request", P + "/orders");
        assertThat(body.path("detail").asString()).contains("missing");
    }

    @Test
    void wrongJsonTypeForAFieldIsAFieldLevelValidationProblem() {
        TestHttp.Response response = http.post(P + "/orders", """
                {"customerName": "Lan", "total": {"amount": "1", "currency": "VND"},
                 "lines": [{"sku": "SKU-1", "quantity": "two"}]}
                """).send();

        JsonNode body = assertProblem(response, 400, "validation-failed", P + "/orders");
        assertThat(error(body, "lines[0].quantity").path("message").asString()).isEqualTo("must be an integer");
        assertThat(response.body()).doesNotContain("tools.jackson", "java.lang");
    }

    @Test
    void typeMismatchOfAPathVariableIsA400() {
        TestHttp.Response response = http.get(P + "/items/not-a-uuid").send();

        JsonNode body = assertProblem(response, 400, "validation-failed", P + "/items/not-a-uuid");
        assertThat(error(body, "id").path("message").asString()).isEqualTo("must be a UUID");
        assertThat(error(body, "id").path("rejectedValue").asString()).isEqualTo("not-a-uuid");
    }

    @Test
    void typeMismatchOfAQueryParameterIsA400() {
        TestHttp.Response response = http.get(P + "/typed?count=abc").send();

        JsonNode body = assertProblem(response, 400, "validation-failed", P + "/typed");
        assertThat(error(body, "count").path("message").asString()).isEqualTo("must be an integer");
    }

    @Test
    void missingQueryParameterIsA400() {
        TestHttp.Response response = http.get(P + "/required-param").send();

        JsonNode body = assertProblem(response, 400, "missing-parameter", P + "/required-param");
        assertThat(body.path("parameter").asString()).isEqualTo("sku");
    }

    @Test
    void missingHeaderIsA400() {
        TestHttp.Response response = http.get(P + "/required-header").send();

        JsonNode body = assertProblem(response, 400, "missing-header", P + "/required-header");
        assertThat(body.path("header").asString()).isEqualTo("X-Warehouse");
    }

    @Test
    void unsupportedMediaTypeIsA415() {
        TestHttp.Response response = http.method("POST", P + "/json-only",
                HttpRequest.BodyPublishers.ofString("sku=1")).header("Content-Type", "text/plain").send();

        JsonNode body = assertProblem(response, 415, "unsupported-media-type", P + "/json-only");
        assertThat(body.path("supported").toString()).contains("application/json");
    }

    @Test
    void notAcceptableIsA406EvenThoughTheClientAskedForXml() {
        TestHttp.Response response = http.get(P + "/produces-json").header("Accept", "application/xml").send();

        assertProblem(response, 406, "not-acceptable", P + "/produces-json");
    }

    @Test
    void methodNotAllowedIsA405WithAllow() {
        TestHttp.Response response = http.post(P + "/get-only", "{}").send();

        assertProblem(response, 405, "method-not-allowed", P + "/get-only");
        assertThat(response.header("Allow")).contains("GET");
    }

    @Test
    void bodyAboveTheLimitIsRefusedByContentLength() {
        TestHttp.Response response = http.post(P + "/echo", jsonOfSize(20 * 1024)).send();

        JsonNode body = assertProblem(response, 413, "payload-too-large", P + "/echo");
        assertThat(body.path("maxBytes").asLong()).isEqualTo(16 * 1024);
    }

    @Test
    void chunkedBodyAboveTheLimitIsStoppedWhileReading() {
        TestHttp.Response response = http.postChunked(P + "/echo",
                jsonOfSize(40 * 1024).getBytes(StandardCharsets.UTF_8)).send();

        assertProblem(response, 413, "payload-too-large", P + "/echo");
    }

    @Test
    void chunkedBodyBelowTheLimitIsRead() {
        TestHttp.Response response = http.postChunked(P + "/echo",
                jsonOfSize(8 * 1024).getBytes(StandardCharsets.UTF_8)).send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("keys").asInt()).isEqualTo(1);
    }

    @Test
    void uploadAboveTheMultipartLimitIsA413() {
        TestHttp.Response response = http.postFile(P + "/upload", 4096).send();

        assertProblem(response, 413, "payload-too-large", P + "/upload");
    }

    @Test
    void unknownRouteIsA404() {
        TestHttp.Response response = http.get("/api/v1/nothing-here").send();

        assertProblem(response, 404, "not-found", "/api/v1/nothing-here");
    }

    @Test
    void requestRefusedBeforeSpringMvcIsAProblemToo() {
        // Spring Security's firewall refuses a semicolon with sendError(400): rendered by the error controller
        TestHttp.Response response = http.get(P + "/get-only;jsessionid=1").send();

        assertProblem(response, 400, "bad-request", P + "/get-only;jsessionid=1");
    }

    @Test
    void resourceNotFoundExceptionIsA404NamingTheResource() {
        UUID id = UUID.randomUUID();
        TestHttp.Response response = http.get(P + "/items/" + id).send();

        JsonNode body = assertProblem(response, 404, "not-found", P + "/items/" + id);
        assertThat(body.path("resourceType").asString()).isEqualTo("Product");
        assertThat(body.path("resourceId").asString()).isEqualTo(id.toString());
    }

    @Test
    void springOptimisticLockFailureIsA409WithoutItsMessage() {
        TestHttp.Response response = http.post(P + "/optimistic-lock", "{}").send();

        assertProblem(response, 409, "conflict", P + "/optimistic-lock");
        assertThat(response.body()).doesNotContain("id=42", "Row was updated");
    }

    @Test
    void jpaOptimisticLockExceptionIsA409() {
        TestHttp.Response response = http.post(P + "/jpa-optimistic-lock", "{}").send();

        assertProblem(response, 409, "conflict", P + "/jpa-optimistic-lock");
        assertThat(response.body()).doesNotContain("com.acme");
    }

    @Test
    void conflictExceptionIsA409() {
        TestHttp.Response response = http.post(P + "/conflict", "{}").send();

        JsonNode body = assertProblem(response, 409, "conflict", P + "/conflict");
        assertThat(body.path("detail").asString()).isEqualTo("The order was already submitted.");
    }

    @Test
    void missingIfMatchIsA428() {
        TestHttp.Response response = http.put(P + "/versioned", "{}").send();

        assertProblem(response, 428, "precondition-required", P + "/versioned");
    }

    @Test
    void staleIfMatchIsA412() {
        TestHttp.Response response = http.put(P + "/versioned", "{}").header("If-Match", "\"2\"").send();

        JsonNode body = assertProblem(response, 412, "precondition-failed", P + "/versioned");
        assertThat(body.path("currentETag").asString()).isEqualTo("\"3\"");
    }

    @Test
    void currentIfMatchPassesAndGetsTheNextETag() {
        TestHttp.Response response = http.put(P + "/versioned", "{}").header("If-Match", "\"3\"").send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("ETag")).isEqualTo("\"4\"");
    }

    @Test
    void accessDeniedInAControllerIsA401ForAnonymousCallers() {
        TestHttp.Response response = http.get(P + "/denied").send();

        assertProblem(response, 401, "unauthenticated", P + "/denied");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void accessDeniedInAControllerIsA403ForAuthenticatedCallers() {
        TestHttp.Response response = http.get(P + "/denied").basicAuth("alice", "alice-pw").send();

        JsonNode body = assertProblem(response, 403, "access-denied", P + "/denied");
        assertThat(response.body()).doesNotContain("inventory:write");
    }

    @Test
    void securityFilterChainAnswersUnauthenticatedWithAProblem() {
        TestHttp.Response response = http.get("/test/secured/profile").send();

        JsonNode body = assertProblem(response, 401, "unauthenticated", "/test/secured/profile");
        assertThat(body.path("detail").asString()).isEqualTo("Authentication is required to access this resource.");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void securityFilterChainAnswersBadCredentialsWithAProblem() {
        TestHttp.Response response = http.get("/test/secured/profile").basicAuth("alice", "wrong").send();

        JsonNode body = assertProblem(response, 401, "unauthenticated", "/test/secured/profile");
        assertThat(body.path("detail").asString()).isEqualTo("The credentials are invalid or have expired.");
    }

    @Test
    void securityFilterChainAnswersMissingRoleWithAProblem() {
        TestHttp.Response response = http.get("/test/secured/admin").basicAuth("alice", "alice-pw").send();

        assertProblem(response, 403, "access-denied", "/test/secured/admin");
    }

    @Test
    void businessRuleExceptionCarriesItsCodeStatusAndProperties() {
        TestHttp.Response response = http.post(P + "/business-rule", "{}").send();

        JsonNode body = assertProblem(response, 422, "insufficient-stock", P + "/business-rule");
        assertThat(body.path("title").asString()).isEqualTo("Insufficient stock");
        assertThat(body.path("detail").asString()).isEqualTo("Only 3 units of SKU-1 are available.");
        assertThat(body.path("available").asInt()).isEqualTo(3);
        assertThat(body.path("sku").asString()).isEqualTo("SKU-1");
    }

    @Test
    void currencyMismatchIsA422NotA500() {
        TestHttp.Response response = http.get(P + "/currency-mismatch").send();

        assertProblem(response, 422, "currency-mismatch", P + "/currency-mismatch");
    }

    @Test
    void responseStatusExceptionKeepsItsStatusAndReason() {
        TestHttp.Response response = http.get(P + "/gone").send();

        JsonNode body = assertProblem(response, 410, "http-410", P + "/gone");
        assertThat(body.path("title").asString()).isEqualTo("Gone");
        assertThat(body.path("detail").asString()).isEqualTo("This catalogue was archived.");
    }

    @Test
    void unexpectedErrorIsA500WithNothingOfTheException() {
        TestHttp.Response response = http.get(P + "/boom").send();

        JsonNode body = assertProblem(response, 500, "internal-error", P + "/boom");
        assertThat(response.body()).doesNotContain("hunter2", "db-prod-7", "IllegalStateException", "at com.",
                "ProblemTestController", "trace\"");
        assertThat(body.has("exception")).isFalse();
        assertThat(body.has("stackTrace")).isFalse();
        assertThat(body.path("detail").asString()).contains("traceId");
    }

    @Test
    void incomingTraceContextIsTheProblemsTraceId() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        TestHttp.Response response = http.get(P + "/boom")
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01").send();

        JsonNode body = assertProblem(response, 500, "internal-error", P + "/boom");
        assertThat(body.path("traceId").asString()).isEqualTo(traceId);
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        for (JsonNode error : problem.path("errors")) {
            fields.add(error.path("field").asString());
        }
        return fields;
    }

    private static JsonNode error(JsonNode problem, String field) {
        for (JsonNode error : problem.path("errors")) {
            if (field.equals(error.path("field").asString())) {
                return error;
            }
        }
        throw new AssertionError("no error for field " + field + " in " + problem);
    }

    private static String jsonOfSize(int bytes) {
        return "{\"filler\": \"" + "a".repeat(bytes) + "\"}";
    }
}

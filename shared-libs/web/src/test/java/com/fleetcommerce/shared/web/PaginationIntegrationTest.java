package com.fleetcommerce.shared.web;

import static com.fleetcommerce.shared.web.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fleetcommerce.shared.web.support.TestHttp;
import com.fleetcommerce.shared.web.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PaginationIntegrationTest extends WebIntegrationTest {

    @Test
    void defaultPageShape() {
        JsonNode page = http.get("/test/pages").send().json();

        assertThat(page.path("page").asInt()).isZero();
        assertThat(page.path("size").asInt()).isEqualTo(20);
        assertThat(page.path("items").size()).isEqualTo(20);
        assertThat(page.path("items").get(0).asString()).isEqualTo("item-0");
        assertThat(page.path("totalElements").asLong()).isEqualTo(450);
        assertThat(page.path("totalPages").asInt()).isEqualTo(23);
    }

    @Test
    void oversizedPagesAreClampedToTheMaximum() {
        JsonNode page = http.get("/test/pages?page=1&size=5000").send().json();

        assertThat(page.path("size").asInt()).isEqualTo(200);
        assertThat(page.path("items").size()).isEqualTo(200);
        assertThat(page.path("items").get(0).asString()).isEqualTo("item-200");
        assertThat(page.path("totalPages").asInt()).isEqualTo(3);
    }

    @Test
    void springDataPagesHaveTheSameShape() {
        JsonNode page = http.get("/test/pages/spring-data?page=2&size=100").send().json();

        assertThat(page.path("items").size()).isEqualTo(100);
        assertThat(page.path("page").asInt()).isEqualTo(2);
        assertThat(page.path("totalPages").asInt()).isEqualTo(5);
        assertThat(page.has("pageable")).as("no Spring Data internals").isFalse();
    }

    @Test
    void negativePageIsA400() {
        TestHttp.Response response = http.get("/test/pages?page=-1").send();

        JsonNode body = assertProblem(response, 400, "validation-failed", "/test/pages");
        assertThat(body.path("errors").get(0).path("field").asString()).isEqualTo("page");
        assertThat(body.path("errors").get(0).path("rejectedValue").asInt()).isEqualTo(-1);
    }

    @Test
    void nonNumericSizeIsA400() {
        TestHttp.Response response = http.get("/test/pages?size=lots").send();

        JsonNode body = assertProblem(response, 400, "validation-failed", "/test/pages");
        assertThat(body.path("errors").get(0).path("field").asString()).isEqualTo("size");
    }
}

package com.fleetcommerce.shared.web;

import static com.fleetcommerce.shared.web.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fleetcommerce.shared.web.support.TestHttp;
import com.fleetcommerce.shared.web.support.WebIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Money through the service's own JSON mapper (the module is registered by the auto-configuration). */
class MoneyJsonIntegrationTest extends WebIntegrationTest {

    private static final String PATH = "/test/money/line-total";

    @Test
    void moneyRoundTripsThroughAnEndpoint() {
        TestHttp.Response response = http.post(PATH,
                "{\"price\": {\"amount\": \"0.10\", \"currency\": \"USD\"}, \"quantity\": 3}").send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("\"price\":{\"amount\":\"0.10\",\"currency\":\"USD\"}")
                .contains("\"lineTotal\":{\"amount\":\"0.30\",\"currency\":\"USD\"}");
    }

    @Test
    void zeroDecimalCurrencyKeepsItsScale() {
        TestHttp.Response response = http.post(PATH,
                "{\"price\": {\"amount\": \"199000\", \"currency\": \"VND\"}, \"quantity\": 2}").send();

        assertThat(response.json().path("lineTotal").path("amount").asString()).isEqualTo("398000");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"amount\": \"12.345\", \"currency\": \"USD\"} | price.amount | more decimal places than USD",
            "{\"amount\": \"1.5\", \"currency\": \"VND\"}    | price.amount | more decimal places than VND",
            "{\"amount\": \"ten\", \"currency\": \"USD\"}    | price.amount | must be a decimal number",
            "{\"amount\": 12.5, \"currency\": \"USD\"}       | price.amount | must be a string",
            "{\"amount\": \"12\", \"currency\": \"XYZ\"}     | price.currency | not known",
            "{\"amount\": \"12\"}                            | price.currency | required",
            "\"12.50 USD\"                                   | price | must be an object" })
    void badMoneyIsAFieldLevel400(String money, String field, String message) {
        TestHttp.Response response = http.post(PATH, "{\"price\": " + money + ", \"quantity\": 1}").send();

        JsonNode body = assertProblem(response, 400, "validation-failed", PATH);
        JsonNode error = body.path("errors").get(0);
        assertThat(error.path("field").asString()).isEqualTo(field);
        assertThat(error.path("message").asString()).contains(message);
        assertThat(response.body()).doesNotContain("tools.jackson", "com.fleetcommerce", "Exception");
    }
}

package com.fleetcommerce.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fleetcommerce.testsupport.ApiClient;
import org.springframework.http.HttpMethod;

/** Vietnam's VAT rates (10 / 8 / 5 / 0 %), put through the API; idempotent, so every test may call it. */
public final class TaxRatesFixture {

    private TaxRatesFixture() {
    }

    public static void vietnam(ApiClient api) {
        Map<String, String> rates = Map.of("STANDARD", "10", "REDUCED", "8", "ESSENTIAL", "5", "ZERO", "0");
        rates.forEach((taxClass, rate) -> {
            ApiClient.Response response = api.send(HttpMethod.PUT, "/api/v1/tax-classes/" + taxClass + "/rates",
                    PricingFixtures.WRITER, Map.of("country", "VN", "rate", rate), Map.of());
            assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        });
    }
}

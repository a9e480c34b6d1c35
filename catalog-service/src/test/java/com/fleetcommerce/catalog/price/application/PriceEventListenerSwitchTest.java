package com.fleetcommerce.catalog.price.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import com.fleetcommerce.shared.events.contracts.pricing.PriceChanged;
import com.fleetcommerce.shared.events.core.EventFormatException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The consumer runs only where it is switched on (catalog-worker, tests), never by default in the API process; a
 * payload that can never apply goes to the dead-letter topic at once.
 */
class PriceEventListenerSwitchTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(PriceEventListener.class);

    @Test
    void offByDefaultAndWhenFalse() {
        runner.run(context -> assertThat(context).doesNotHaveBean(PriceEventListener.class));
        runner.withPropertyValues("catalog.price-sync.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(PriceEventListener.class));
    }

    @Test
    void onWhenEnabled() {
        // without its collaborators the context fails, which proves the listener was wanted
        runner.withPropertyValues("catalog.price-sync.enabled=true")
                .run(context -> assertThat(context).getFailure().hasMessageContaining("priceEventListener"));
    }

    @Test
    void payloadsThatCanNeverApplyAreFormatErrors() {
        Instant now = Instant.now();
        assertThatThrownBy(() -> PriceEventListener.price(
                new PriceChanged("SKU-1", null, "VND", true, "abc", null, true, "L", 1, now)))
                .isInstanceOf(EventFormatException.class);
        assertThatThrownBy(() -> PriceEventListener.price(
                new PriceChanged("SKU-1", null, "VND", true, null, null, true, "L", 1, now)))
                .isInstanceOf(EventFormatException.class);
        assertThatThrownBy(() -> PriceEventListener.price(
                new PriceChanged("SKU-1", null, "QQQ", true, "1", null, true, "L", 1, now)))
                .isInstanceOf(EventFormatException.class);
        assertThatThrownBy(() -> PriceEventListener.price(
                new PriceChanged("SKU-1", null, "VND", true, "1", null, true, "L", -1, now)))
                .isInstanceOf(EventFormatException.class);
        assertThatThrownBy(() -> PriceEventListener.price(
                new PriceChanged("SKU-1", null, "VND", true, "1000.5", null, true, "L", 1, now)))
                .as("finer than the currency").isInstanceOf(EventFormatException.class);
        assertThatThrownBy(() -> PriceEventListener.price(
                new PriceChanged("SKU-1", null, "USD", true, "1.00", "1.001", true, "L", 1, now)))
                .isInstanceOf(EventFormatException.class);
        assertThatThrownBy(() -> PriceEventListener.price(
                new PriceChanged("SKU-1", null, "VND", true, "1" + "0".repeat(18), null, true, "L", 1, now)))
                .as("beyond Money's 18 digits").isInstanceOf(EventFormatException.class);
        assertThat(PriceEventListener.price(
                new PriceChanged("SKU-1", null, "VND", false, null, null, true, null, 2, now)).available()).isFalse();
        assertThat(PriceEventListener.price(
                new PriceChanged("SKU-1", null, "USD", true, "12", null, false, "L", 3, now)).amount().toPlainString())
                .isEqualTo("12.00");
    }
}

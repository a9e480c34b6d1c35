package com.fleetcommerce.catalog.stock.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The consumer runs only where it is switched on (catalog-worker, tests), never by default in the API process. */
class StockEventListenerSwitchTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(StockEventListener.class);

    @Test
    void offByDefaultAndWhenFalse() {
        runner.run(context -> assertThat(context).doesNotHaveBean(StockEventListener.class));
        runner.withPropertyValues("catalog.stock-sync.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(StockEventListener.class));
    }

    @Test
    void onWhenEnabled() {
        // without its collaborators the context fails, which proves the listener was wanted
        runner.withPropertyValues("catalog.stock-sync.enabled=true")
                .run(context -> assertThat(context).getFailure()
                        .hasMessageContaining("stockEventListener"));
    }
}

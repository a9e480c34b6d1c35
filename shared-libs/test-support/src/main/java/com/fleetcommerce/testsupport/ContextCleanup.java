package com.fleetcommerce.testsupport;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/** Runs clean-up work when a test context closes, after the context's own beans are destroyed where possible. */
final class ContextCleanup {

    private ContextCleanup() {
    }

    static void register(ConfigurableApplicationContext context, String name, DisposableBean work) {
        if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
            // Registered before any other bean, so it is destroyed after them (e.g. the pool closes before a drop).
            registry.registerDisposableBean(name, work);
        } else {
            context.addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent) {
                    try {
                        work.destroy();
                    } catch (Exception e) {
                        throw new IllegalStateException("Clean-up " + name + " failed", e);
                    }
                }
            });
        }
    }
}

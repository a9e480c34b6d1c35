package com.fleetcommerce.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Replaces the application's {@code clock} bean with one {@link MutableClock} (real time) that tests move forward
 * (lockout, token and code expiry, key retirement) instead of waiting. Import it where the service's tests declare
 * their shared context; a test that moves or freezes the clock calls {@link #reset()} afterwards. The clock is static
 * because Spring's test context cache shares one application between test classes.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MovableApplicationClock {

    private static final MutableClock CLOCK = new MutableClock();

    public static void advance(Duration by) {
        CLOCK.advance(by);
    }

    /** Stops time (plus any offset) at the current instant and returns it. */
    public static Instant freeze() {
        return CLOCK.freeze();
    }

    public static void reset() {
        CLOCK.reset();
    }

    @Bean
    static BeanPostProcessor movableClockInstaller() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return "clock".equals(beanName) && bean instanceof Clock ? CLOCK : bean;
            }
        };
    }
}

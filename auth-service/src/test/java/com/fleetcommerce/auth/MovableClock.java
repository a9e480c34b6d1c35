package com.fleetcommerce.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The system clock plus an offset tests move forward (lockout expiry, token expiry, key retirement) instead of
 * waiting, and can freeze. It replaces the application's {@code clock} bean; tests that move it reset it afterwards.
 */
public final class MovableClock extends Clock {

    private static final AtomicReference<Duration> OFFSET = new AtomicReference<>(Duration.ZERO);
    private static final AtomicReference<Instant> FROZEN = new AtomicReference<>();

    /** Stops time (plus the offset) at the current instant, e.g. so a TOTP step cannot change mid-test. */
    public static Instant freeze() {
        Instant now = Instant.now();
        FROZEN.set(now);
        return now.plus(OFFSET.get());
    }

    public static void advance(Duration by) {
        OFFSET.updateAndGet(offset -> offset.plus(by));
    }

    public static void reset() {
        OFFSET.set(Duration.ZERO);
        FROZEN.set(null);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        Instant frozen = FROZEN.get();
        return (frozen == null ? Instant.now() : frozen).plus(OFFSET.get());
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        static BeanPostProcessor movableClockInstaller() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return "clock".equals(beanName) && bean instanceof Clock ? new MovableClock() : bean;
                }
            };
        }
    }
}

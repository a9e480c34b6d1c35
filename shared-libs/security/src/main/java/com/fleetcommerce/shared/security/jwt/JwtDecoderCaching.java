package com.fleetcommerce.shared.security.jwt;

import java.time.Clock;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Wraps the service's {@link JwtDecoder} (Boot's, from the JWKS URI) in a {@link CachingJwtDecoder};
 * {@code platform.security.jwt-cache-size} bounds the remembered tokens ({@code 0} turns it off).
 */
public final class JwtDecoderCaching implements BeanPostProcessor {

    private final long maxSize;

    public JwtDecoderCaching(long maxSize) {
        this.maxSize = maxSize;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (maxSize > 0 && bean instanceof JwtDecoder decoder && !(bean instanceof CachingJwtDecoder)) {
            return new CachingJwtDecoder(decoder, maxSize, Clock.systemUTC());
        }
        return bean;
    }
}

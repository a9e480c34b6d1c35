package com.fleetcommerce.gateway.ratelimit.web;

import com.fleetcommerce.gateway.problem.web.ProblemResponses;
import com.fleetcommerce.gateway.ratelimit.application.RateLimitCounter;
import com.fleetcommerce.gateway.ratelimit.application.RateLimits;
import com.fleetcommerce.gateway.support.ClientIpProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rate limiter: the counter (Redis, {@code persistence}) behind a fail-open check, applied by a web filter. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "platform.gateway.rate-limit.enabled", matchIfMissing = true)
class RateLimitConfiguration {

    @Bean
    RateLimits rateLimits(RateLimitCounter counter, RateLimitProperties properties, MeterRegistry meters) {
        return new RateLimits(counter, properties.storeTimeout(), meters);
    }

    @Bean
    RateLimitFilter rateLimitFilter(RateLimits limits, RateLimitProperties properties, ClientIpProperties clientIp,
                                    ProblemResponses problems) {
        return new RateLimitFilter(limits, properties, clientIp, problems);
    }
}

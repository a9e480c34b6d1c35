package com.fleetcommerce.gateway.ratelimit.web;

import java.time.Clock;
import java.util.Set;

import com.fleetcommerce.gateway.problem.web.ProblemResponses;
import com.fleetcommerce.gateway.ratelimit.application.RateLimitCounter;
import com.fleetcommerce.gateway.ratelimit.application.RateLimits;
import com.fleetcommerce.gateway.ratelimit.application.SharedWindowCounts;
import com.fleetcommerce.gateway.ratelimit.application.WriteBehindRateLimitCounter;
import com.fleetcommerce.gateway.support.ClientIpProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rate limiter: the counters (Redis, {@code persistence}, per request for the strict class; the replica's
 * write-behind count for the others) behind a fail-open check, applied by a web filter.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "platform.gateway.rate-limit.enabled", matchIfMissing = true)
class RateLimitConfiguration {

    @Bean
    WriteBehindRateLimitCounter writeBehindRateLimitCounter(SharedWindowCounts shared,
                                                            RateLimitCounter redisRateLimitCounter,
                                                            RateLimitProperties properties, MeterRegistry meters) {
        return new WriteBehindRateLimitCounter(shared, redisRateLimitCounter, properties.writeBehind().maxKeys(),
                Clock.systemUTC(), meters);
    }

    @Bean
    WriteBehindFlushes writeBehindFlushes(WriteBehindRateLimitCounter counter, RateLimitProperties properties) {
        return new WriteBehindFlushes(counter, properties.writeBehind().flushInterval());
    }

    @Bean
    RateLimits rateLimits(RateLimitCounter redisRateLimitCounter, WriteBehindRateLimitCounter writeBehind,
                          RateLimitProperties properties, MeterRegistry meters) {
        return new RateLimits(redisRateLimitCounter, writeBehind, Set.copyOf(properties.writeBehind().classes()),
                properties.storeTimeout(), meters);
    }

    @Bean
    RateLimitFilter rateLimitFilter(RateLimits limits, RateLimitProperties properties, ClientIpProperties clientIp,
                                    ProblemResponses problems) {
        return new RateLimitFilter(limits, properties, clientIp, problems);
    }
}

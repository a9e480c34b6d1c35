package com.fleetcommerce.gateway.revocation.application;

import java.time.Clock;

import com.fleetcommerce.gateway.revocation.domain.RevokedSessions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RevocationConfiguration {

    @Bean
    RevokedSessions revokedSessions() {
        return new RevokedSessions();
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    SessionNotRevokedValidator sessionNotRevokedValidator(RevokedSessions revoked, Clock clock) {
        return new SessionNotRevokedValidator(revoked, clock);
    }
}

package com.fleetcommerce.shared.web.autoconfigure;

import javax.sql.DataSource;

import com.fleetcommerce.shared.web.idempotency.CallerResolver;
import com.fleetcommerce.shared.web.idempotency.IdempotencyCleanup;
import com.fleetcommerce.shared.web.idempotency.IdempotencyCleanupScheduler;
import com.fleetcommerce.shared.web.idempotency.IdempotencyFilter;
import com.fleetcommerce.shared.web.idempotency.IdempotencySettings;
import com.fleetcommerce.shared.web.idempotency.IdempotencyStore;
import com.fleetcommerce.shared.web.idempotency.JdbcIdempotencyStore;
import com.fleetcommerce.shared.web.idempotency.SecurityContextCallerResolver;
import com.fleetcommerce.shared.web.problem.ProblemResponseWriter;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Idempotency-Key support for servlet services with a (PostgreSQL) DataSource. The table comes from the Flyway
 * migration shipped in this jar ({@code db/migration/shared/V0_0_3__idempotency_keys.sql}).
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBooleanProperty(name = "platform.web.idempotency.enabled", matchIfMissing = true)
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(PlatformWebProperties.class)
public class IdempotencyAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    IdempotencyStore idempotencyStore(DataSource dataSource) {
        return new JdbcIdempotencyStore(dataSource);
    }

    @Bean
    @ConditionalOnMissingBean
    CallerResolver idempotencyCallerResolver() {
        return CallerResolver.servletPrincipal();
    }

    @Bean
    @ConditionalOnMissingBean
    IdempotencyFilter idempotencyFilter(IdempotencyStore store, CallerResolver callers, ProblemResponseWriter problems,
            PlatformWebProperties properties) {
        PlatformWebProperties.Idempotency idempotency = properties.idempotency();
        return new IdempotencyFilter(store, callers, problems, new IdempotencySettings(idempotency.ttl(),
                idempotency.inProgressWait(), idempotency.pollInterval(), idempotency.claimTimeout()));
    }

    @Bean
    @ConditionalOnMissingBean(name = "idempotencyFilterRegistration")
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilterRegistration(IdempotencyFilter filter,
            PlatformWebProperties properties) {
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(properties.idempotency().filterOrder());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
        return registration;
    }

    @Bean
    @ConditionalOnMissingBean
    IdempotencyCleanup idempotencyCleanup(IdempotencyStore store, PlatformWebProperties properties) {
        return new IdempotencyCleanup(store, properties.idempotency().cleanup().batchSize());
    }

    /** Nested configurations are registered first, so with Spring Security present this resolver wins. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(SecurityContextHolder.class)
    static class SecurityCaller {

        @Bean
        @ConditionalOnMissingBean
        CallerResolver idempotencyCallerResolver() {
            return new SecurityContextCallerResolver();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty(name = "platform.web.idempotency.cleanup.enabled", matchIfMissing = true)
    @EnableScheduling
    static class CleanupScheduling {

        @Bean
        @ConditionalOnMissingBean
        IdempotencyCleanupScheduler idempotencyCleanupScheduler(IdempotencyCleanup cleanup) {
            return new IdempotencyCleanupScheduler(cleanup);
        }
    }
}

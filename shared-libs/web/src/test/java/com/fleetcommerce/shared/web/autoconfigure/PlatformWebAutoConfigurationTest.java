package com.fleetcommerce.shared.web.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import com.fleetcommerce.shared.web.idempotency.CallerResolver;
import com.fleetcommerce.shared.web.idempotency.IdempotencyCleanupScheduler;
import com.fleetcommerce.shared.web.idempotency.IdempotencyFilter;
import com.fleetcommerce.shared.web.idempotency.IdempotencyStore;
import com.fleetcommerce.shared.web.idempotency.JdbcIdempotencyStore;
import com.fleetcommerce.shared.web.idempotency.SecurityContextCallerResolver;
import com.fleetcommerce.shared.web.money.MoneyJacksonModule;
import com.fleetcommerce.shared.web.problem.PlatformExceptionHandler;
import com.fleetcommerce.shared.web.problem.ProblemAccessDeniedHandler;
import com.fleetcommerce.shared.web.problem.ProblemAuthenticationEntryPoint;
import com.fleetcommerce.shared.web.problem.ProblemDetailFactory;
import com.fleetcommerce.shared.web.problem.ProblemErrorController;
import com.fleetcommerce.shared.web.problem.ProblemResponseWriter;
import com.fleetcommerce.shared.web.problem.SecurityExceptionHandler;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.json.JsonMapper;

/** What the auto-configuration contributes, what it needs, and that a service's own beans replace it. */
class PlatformWebAutoConfigurationTest {

    private final WebApplicationContextRunner web = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
                    PlatformProblemsAutoConfiguration.class, PlatformWebAutoConfiguration.class,
                    IdempotencyAutoConfiguration.class));

    @Test
    void servletServiceWithADataSourceGetsEverything() {
        web.withUserConfiguration(DataSourceConfig.class).run(context -> {
            assertThat(context).hasSingleBean(PlatformExceptionHandler.class)
                    .hasSingleBean(ProblemErrorController.class)
                    .hasSingleBean(SecurityExceptionHandler.class)
                    .hasSingleBean(ProblemAuthenticationEntryPoint.class)
                    .hasSingleBean(ProblemAccessDeniedHandler.class)
                    .hasSingleBean(IdempotencyFilter.class)
                    .hasSingleBean(IdempotencyCleanupScheduler.class)
                    .hasSingleBean(MoneyJacksonModule.class);
            assertThat(context.getBean(IdempotencyStore.class)).isInstanceOf(JdbcIdempotencyStore.class);
            assertThat(context.getBean(CallerResolver.class)).isInstanceOf(SecurityContextCallerResolver.class);
            assertThat(context.getBean(JsonMapper.class).writeValueAsString(
                    com.fleetcommerce.shared.web.money.Money.of("1.5", "USD"))).contains("\"amount\":\"1.50\"");
        });
    }

    @Test
    void withoutADataSourceThereIsNoIdempotencyFilterButProblemsStillWork() {
        web.run(context -> {
            assertThat(context).doesNotHaveBean(IdempotencyFilter.class).doesNotHaveBean(IdempotencyStore.class);
            assertThat(context).hasSingleBean(PlatformExceptionHandler.class);
        });
    }

    @Test
    void idempotencyCanBeSwitchedOffAndTheCleanupUnscheduled() {
        web.withUserConfiguration(DataSourceConfig.class)
                .withPropertyValues("platform.web.idempotency.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(IdempotencyFilter.class));
        web.withUserConfiguration(DataSourceConfig.class)
                .withPropertyValues("platform.web.idempotency.cleanup.enabled=false")
                .run(context -> assertThat(context).hasSingleBean(IdempotencyFilter.class)
                        .doesNotHaveBean(IdempotencyCleanupScheduler.class));
    }

    @Test
    void servicesOwnBeansReplaceTheLibrarys() {
        web.withUserConfiguration(DataSourceConfig.class, OwnBeans.class).run(context -> {
            assertThat(context).doesNotHaveBean(PlatformExceptionHandler.class)
                    .hasSingleBean(ResponseEntityExceptionHandler.class);
            assertThat(context.getBean(CallerResolver.class)).isSameAs(OwnBeans.CALLERS);
            assertThat(context).getBean(ProblemAuthenticationEntryPoint.class).isSameAs(context.getBean("ownEntryPoint"));
            assertThat(context).hasSingleBean(SecurityExceptionHandler.class);
        });
    }

    @Test
    void springSecurityIsOptional() {
        web.withUserConfiguration(DataSourceConfig.class)
                .withClassLoader(new FilteredClassLoader("org.springframework.security"))
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(SecurityExceptionHandler.class)
                            .doesNotHaveBean(ProblemAuthenticationEntryPoint.class)
                            .hasSingleBean(IdempotencyFilter.class);
                    assertThat(context.getBean(CallerResolver.class)).isNotInstanceOf(SecurityContextCallerResolver.class);
                });
    }

    @Test
    void problemsCarryATraceIdWithoutATracer() {
        web.run(context -> assertThat(context.getBean(ProblemDetailFactory.class)
                .traceIdOf(new MockHttpServletRequest())).matches("[0-9a-f]{32}"));
    }

    @Test
    void nonWebApplicationsGetOnlyTheMoneyModule() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
                        PlatformProblemsAutoConfiguration.class, PlatformWebAutoConfiguration.class,
                        IdempotencyAutoConfiguration.class))
                .withUserConfiguration(DataSourceConfig.class)
                .run(context -> assertThat(context).hasSingleBean(MoneyJacksonModule.class)
                        .doesNotHaveBean(PlatformExceptionHandler.class)
                        .doesNotHaveBean(IdempotencyFilter.class));
    }

    @Configuration(proxyBeanMethods = false)
    static class DataSourceConfig {

        @Bean
        DataSource dataSource() {
            // never connected to: the beans only hold it
            return new SimpleDriverDataSource(new org.postgresql.Driver(), "jdbc:postgresql://127.0.0.1:1/none");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnBeans {

        static final CallerResolver CALLERS = request -> "tenant-1";

        @Bean
        OwnExceptionHandler ownExceptionHandler() {
            return new OwnExceptionHandler();
        }

        @Bean
        CallerResolver callers() {
            return CALLERS;
        }

        @Bean
        ProblemAuthenticationEntryPoint ownEntryPoint(ProblemResponseWriter writer) {
            return new ProblemAuthenticationEntryPoint(writer, "Basic realm=\"fleet\"");
        }
    }

    @RestControllerAdvice
    static class OwnExceptionHandler extends ResponseEntityExceptionHandler {
    }
}

package com.fleetcommerce.shared.web.autoconfigure;

import com.fleetcommerce.shared.web.problem.PlatformExceptionHandler;
import com.fleetcommerce.shared.web.problem.ProblemAccessDeniedHandler;
import com.fleetcommerce.shared.web.problem.ProblemAuthenticationEntryPoint;
import com.fleetcommerce.shared.web.problem.ProblemDetailFactory;
import com.fleetcommerce.shared.web.problem.ProblemErrorController;
import com.fleetcommerce.shared.web.problem.ProblemResponseWriter;
import com.fleetcommerce.shared.web.problem.SecurityExceptionHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem responses for servlet services. Runs before Boot's MVC and error auto-configuration so that its
 * exception handler and error controller take the place of Boot's; every bean backs off when the service defines
 * its own. The trace id of every problem comes from shared-observability's {@code TraceIds}.
 */
@AutoConfiguration(before = { WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(PlatformWebProperties.class)
public class PlatformProblemsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ProblemDetailFactory problemDetailFactory(PlatformWebProperties properties) {
        return new ProblemDetailFactory(properties.problemTypeBase());
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemResponseWriter problemResponseWriter(ProblemDetailFactory problems, ObjectProvider<JsonMapper> jsonMapper) {
        return new ProblemResponseWriter(problems, jsonMapper.getIfAvailable(JsonMapper::shared));
    }

    @Bean
    @ConditionalOnMissingBean(ResponseEntityExceptionHandler.class)
    PlatformExceptionHandler platformExceptionHandler(ProblemDetailFactory problems) {
        return new PlatformExceptionHandler(problems);
    }

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    ProblemErrorController problemErrorController(ProblemDetailFactory problems) {
        return new ProblemErrorController(problems);
    }

    /**
     * The 401/403 writers for security filter chains, and the controller advice that answers with the same writers.
     * shared-security declares its own bearer-challenging writers first; these then back off.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({ AccessDeniedException.class, AuthenticationEntryPoint.class })
    static class SecurityProblems {

        @Bean
        @ConditionalOnMissingBean
        ProblemAuthenticationEntryPoint problemAuthenticationEntryPoint(ProblemResponseWriter writer) {
            return new ProblemAuthenticationEntryPoint(writer);
        }

        @Bean
        @ConditionalOnMissingBean
        ProblemAccessDeniedHandler problemAccessDeniedHandler(ProblemResponseWriter writer) {
            return new ProblemAccessDeniedHandler(writer);
        }

        @Bean
        @ConditionalOnMissingBean
        SecurityExceptionHandler securityExceptionHandler(ProblemAuthenticationEntryPoint entryPoint,
                ProblemAccessDeniedHandler accessDeniedHandler) {
            return new SecurityExceptionHandler(entryPoint, accessDeniedHandler);
        }
    }
}

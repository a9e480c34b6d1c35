package com.fleetcommerce.shared.web.autoconfigure;

import java.util.List;

import com.fleetcommerce.shared.web.http.RequestSizeLimitFilter;
import com.fleetcommerce.shared.web.idempotency.IdempotencyKeyRequiredInterceptor;
import com.fleetcommerce.shared.web.money.MoneyJacksonModule;
import com.fleetcommerce.shared.web.page.PageQueryArgumentResolver;
import com.fleetcommerce.shared.web.problem.ProblemResponseWriter;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/** Web contracts: Money's JSON form, {@code PageQuery} parameters, the request size limit, {@code @IdempotencyKeyRequired}. */
@AutoConfiguration
@EnableConfigurationProperties(PlatformWebProperties.class)
public class PlatformWebAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(JsonMapper.class)
    static class MoneyJson {

        @Bean
        @ConditionalOnMissingBean
        MoneyJacksonModule moneyJacksonModule() {
            return new MoneyJacksonModule();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class ServletContracts {

        @Bean
        @ConditionalOnMissingBean
        PageQueryArgumentResolver pageQueryArgumentResolver(PlatformWebProperties properties) {
            return new PageQueryArgumentResolver(properties.pagination().defaultSize(),
                    properties.pagination().maxSize());
        }

        @Bean
        @ConditionalOnMissingBean
        IdempotencyKeyRequiredInterceptor idempotencyKeyRequiredInterceptor() {
            return new IdempotencyKeyRequiredInterceptor();
        }

        @Bean
        WebMvcConfigurer platformWebMvcConfigurer(PageQueryArgumentResolver pageQueries,
                IdempotencyKeyRequiredInterceptor idempotencyKeyRequired) {
            return new WebMvcConfigurer() {
                @Override
                public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                    resolvers.add(pageQueries);
                }

                @Override
                public void addInterceptors(InterceptorRegistry registry) {
                    registry.addInterceptor(idempotencyKeyRequired);
                }
            };
        }

        @Bean
        @ConditionalOnMissingBean(name = "requestSizeLimitFilter")
        FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(PlatformWebProperties properties,
                ProblemResponseWriter problems) {
            FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
                    new RequestSizeLimitFilter(properties.maxRequestSize().toBytes(), problems));
            registration.setOrder(RequestSizeLimitFilter.ORDER);
            registration.setDispatcherTypes(DispatcherType.REQUEST);
            return registration;
        }
    }
}

package com.fleetcommerce.auth.account.web;

import com.fleetcommerce.auth.account.application.SocialLoginService;
import com.fleetcommerce.auth.config.AuthProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Social login ({@code platform.auth.social.enabled}): a chain of its own, ahead of shared-security's stateless
 * resource-server chain, for the two oauth2Login endpoints only. It needs a short-lived HTTP session to keep the
 * authorization request (state, nonce, PKCE) between the redirect out and the callback; deployments with several
 * replicas need sticky sessions for these two paths (or a shared session store).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("platform.auth.social.enabled")
class SocialLoginSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain socialLoginFilterChain(HttpSecurity http, SocialLoginService social,
                                               AuthProperties properties) throws Exception {
        SocialLoginHandler handler = new SocialLoginHandler(social, properties);
        http.securityMatcher("/oauth2/authorization/**", "/login/oauth2/code/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)      // state + nonce protect the round trip; no form posts
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .oauth2Login(login -> login.successHandler(handler).failureHandler(handler));
        return http.build();
    }
}

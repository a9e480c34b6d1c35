package com.fleetcommerce.shared.web.testapp;

import com.fleetcommerce.shared.web.problem.ProblemAccessDeniedHandler;
import com.fleetcommerce.shared.web.problem.ProblemAuthenticationEntryPoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/** HTTP Basic with two users is enough to give requests a caller; the platform's real security is JWT. */
@Configuration(proxyBeanMethods = false)
class TestSecurityConfiguration {

    @Bean
    SecurityFilterChain testSecurity(HttpSecurity http, ProblemAuthenticationEntryPoint entryPoint,
            ProblemAccessDeniedHandler accessDenied) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/test/secured/admin").hasRole("ADMIN")
                        .requestMatchers("/test/secured/**").authenticated()
                        .anyRequest().permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .anonymous(Customizer.withDefaults())
                .build();
    }

    @Bean
    InMemoryUserDetailsManager testUsers() {
        return new InMemoryUserDetailsManager(
                User.withUsername("alice").password("{noop}alice-pw").roles("USER").build(),
                User.withUsername("bob").password("{noop}bob-pw").roles("USER").build());
    }
}

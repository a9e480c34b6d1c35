package com.fleetcommerce.gateway.security.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The gateway's token decoder: RS256 only (an {@code alg: none} or HS256 token is refused whatever it claims), keys
 * from the JWKS URI, then expiry / not-before (60 s skew), issuer and audience (one of the configured ones).
 * <p>
 * Built by hand rather than by Boot's {@code issuer-uri}: that property makes the decoder fetch the issuer's OpenID
 * configuration before the first token can be checked, which ties the gateway to auth-service being up at the
 * moment it is needed; here only the JWKS is fetched. Nimbus' reactive JWK source keeps the key set it fetched and
 * fetches again when a token names a {@code kid} it does not hold, so a key auth-service adds while rotating is
 * picked up on its first use; such refetches are limited to one per cool-down ({@link JwksRefetchLimiter},
 * {@code JwksRotationTest}).
 */
public final class GatewayJwtDecoders {

    private GatewayJwtDecoders() {
    }

    /**
     * @param webClient       fetches the key set (with the timeouts the caller wants)
     * @param refetchCooldown at most one key-set fetch per this duration ({@link JwksRefetchLimiter})
     */
    public static NimbusReactiveJwtDecoder create(String jwkSetUri, String issuer, List<String> audiences,
                                                  WebClient webClient, Duration refetchCooldown,
                                                  List<OAuth2TokenValidator<Jwt>> more) {
        WebClient limited = webClient.mutate().filter(new JwksRefetchLimiter(refetchCooldown, Clock.systemUTC())).build();
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(jwkSetUri)
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .webClient(limited)
                .build();
        List<OAuth2TokenValidator<Jwt>> validators = new java.util.ArrayList<>(more);
        validators.addFirst(validator(issuer, audiences));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }

    static OAuth2TokenValidator<Jwt> validator(String issuer, List<String> audiences) {
        if (issuer == null || issuer.isBlank() || audiences.isEmpty()) {
            throw new IllegalStateException("The gateway needs the token issuer and audience: "
                    + "spring.security.oauth2.resourceserver.jwt.issuer-uri and .audiences");
        }
        OAuth2TokenValidator<Jwt> audienceValidator = new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                aud -> aud != null && aud.stream().anyMatch(audiences::contains));
        return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer), audienceValidator);
    }
}

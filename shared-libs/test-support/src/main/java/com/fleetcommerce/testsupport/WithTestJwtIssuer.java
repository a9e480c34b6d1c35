package com.fleetcommerce.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Points {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri} at an in-JVM JWKS endpoint whose RSA key
 * signs the tokens {@link TestJwts} mints, so a service validates test tokens exactly as it validates
 * auth-service's: over HTTP, by {@code kid}, RS256. It also points the {@code platform-service} client registration's
 * token URI at the same server, which issues client-credentials service tokens, so service-to-service calls work.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface WithTestJwtIssuer {
}

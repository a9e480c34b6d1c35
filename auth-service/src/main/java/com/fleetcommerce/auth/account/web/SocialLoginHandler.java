package com.fleetcommerce.auth.account.web;

import java.io.IOException;
import java.util.Map;

import com.fleetcommerce.auth.account.application.SocialLoginRefusedException;
import com.fleetcommerce.auth.account.application.SocialLoginService;
import com.fleetcommerce.auth.config.AuthProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The end of the provider round trip: resolve the account, then send the browser to the SPA with a one-time code
 * ({@code ?code=}) or an error ({@code ?error=}). The HTTP session that only held the authorization request is
 * dropped, so nothing of the login stays on the server but the code.
 */
class SocialLoginHandler implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(SocialLoginHandler.class);

    private final SocialLoginService social;
    private final AuthProperties properties;

    SocialLoginHandler(SocialLoginService social, AuthProperties properties) {
        this.social = social;
        this.properties = properties;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        OAuth2AuthenticationToken token = (OAuth2AuthenticationToken) authentication;
        OAuth2User user = token.getPrincipal();
        String provider = token.getAuthorizedClientRegistrationId();
        String email;
        boolean verified;
        String subject;
        if (user instanceof OidcUser oidc) {
            subject = oidc.getSubject();
            email = oidc.getEmail();
            verified = Boolean.TRUE.equals(oidc.getEmailVerified());
        } else {
            // plain OAuth2 (Facebook): no verification claim, so the email is never trusted for linking
            subject = user.getName();
            Map<String, Object> attributes = user.getAttributes();
            email = attributes.get("email") instanceof String value ? value : null;
            verified = false;
        }
        String target;
        try {
            target = redirect("code", social.completeLogin(provider, subject, email, verified));
        } catch (SocialLoginRefusedException refused) {
            log.info("Social login with {} refused: {}", provider, refused.reason());
            target = redirect("error", refused.reason());
        }
        finish(request);
        response.sendRedirect(target);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        log.info("Social login failed: {}", exception.getMessage());
        finish(request);
        response.sendRedirect(redirect("error", "access_denied"));
    }

    private String redirect(String name, String value) {
        return UriComponentsBuilder.fromUriString(properties.social().redirectUri()).queryParam(name, value)
                .build().encode().toUriString();
    }

    private static void finish(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}

package com.fleetcommerce.auth.account.web;

import com.fleetcommerce.auth.account.application.SocialLoginService;
import com.fleetcommerce.auth.ratelimit.ClientAddresses;
import com.fleetcommerce.auth.ratelimit.RateLimiter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The SPA trades the code from the social-login redirect for the token pair (or the MFA step). Public. */
@RestController
@RequestMapping("/api/v1/auth/social")
class SocialExchangeController {

    private final SocialLoginService social;
    private final RateLimiter rateLimiter;
    private final ClientAddresses addresses;

    SocialExchangeController(SocialLoginService social, RateLimiter rateLimiter, ClientAddresses addresses) {
        this.social = social;
        this.rateLimiter = rateLimiter;
        this.addresses = addresses;
    }

    @PostMapping("/exchange")
    LoginResponse exchange(@Valid @RequestBody SocialExchangeRequest request, HttpServletRequest http) {
        String ip = addresses.of(http);
        rateLimiter.check(RateLimiter.Action.LOGIN, ip);
        return LoginResponse.of(social.exchange(request.code(), ip));
    }
}

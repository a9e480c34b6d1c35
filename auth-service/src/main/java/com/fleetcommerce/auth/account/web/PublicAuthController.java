package com.fleetcommerce.auth.account.web;

import com.fleetcommerce.auth.account.application.EmailVerificationService;
import com.fleetcommerce.auth.account.application.LoginService;
import com.fleetcommerce.auth.account.application.PasswordService;
import com.fleetcommerce.auth.account.application.RegistrationService;
import com.fleetcommerce.auth.ratelimit.ClientAddresses;
import com.fleetcommerce.auth.ratelimit.RateLimiter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The endpoints open without a token (listed in platform.security.public-paths). */
@RestController
@RequestMapping("/api/v1/auth")
class PublicAuthController {

    static final AcceptedResponse REGISTER_ACCEPTED = new AcceptedResponse(
            "If this address can be registered, we have sent a verification email to it");
    static final AcceptedResponse RESET_ACCEPTED = new AcceptedResponse(
            "If an account uses this address, we have sent a password-reset email to it");

    private final RegistrationService registration;
    private final LoginService login;
    private final PasswordService passwords;
    private final EmailVerificationService verification;
    private final RateLimiter rateLimiter;
    private final ClientAddresses addresses;

    PublicAuthController(RegistrationService registration, LoginService login, PasswordService passwords,
                         EmailVerificationService verification, RateLimiter rateLimiter, ClientAddresses addresses) {
        this.registration = registration;
        this.login = login;
        this.passwords = passwords;
        this.verification = verification;
        this.rateLimiter = rateLimiter;
        this.addresses = addresses;
    }

    /** 202 with the same body whether the address was new or taken: registration never reveals accounts. */
    @PostMapping("/register")
    @ResponseStatus(HttpStatus.ACCEPTED)
    AcceptedResponse register(@Valid @RequestBody RegisterRequest request, HttpServletRequest http) {
        rateLimiter.check(RateLimiter.Action.REGISTER, addresses.of(http));
        registration.register(request.email(), request.password(), request.phone());
        return REGISTER_ACCEPTED;
    }

    @PostMapping("/login")
    LoginResponse login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        String ip = addresses.of(http);
        rateLimiter.check(RateLimiter.Action.LOGIN, ip);
        return LoginResponse.of(login.login(request.email(), request.password(), request.device(), ip));
    }

    @PostMapping("/login/mfa")
    LoginResponse loginWithMfa(@Valid @RequestBody MfaLoginRequest request, HttpServletRequest http) {
        String ip = addresses.of(http);
        rateLimiter.check(RateLimiter.Action.LOGIN, ip);
        return LoginResponse.of(login.loginWithMfa(request.mfaToken(), request.code(), request.recoveryCode(),
                request.device(), ip));
    }

    @PostMapping("/token/refresh")
    LoginResponse refresh(@Valid @RequestBody RefreshRequest request, HttpServletRequest http) {
        return LoginResponse.of(login.refresh(request.refreshToken(), addresses.of(http)));
    }

    @PostMapping("/password/reset-request")
    @ResponseStatus(HttpStatus.ACCEPTED)
    AcceptedResponse requestReset(@Valid @RequestBody ResetRequest request, HttpServletRequest http) {
        rateLimiter.check(RateLimiter.Action.PASSWORD_RESET, addresses.of(http));
        passwords.requestReset(request.email());
        return RESET_ACCEPTED;
    }

    @PostMapping("/password/reset")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reset(@Valid @RequestBody ResetPasswordRequest request) {
        passwords.reset(request.token(), request.newPassword());
    }

    @PostMapping("/email/verify")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void verifyEmail(@Valid @RequestBody TokenRequest request) {
        verification.verify(request.token());
    }
}

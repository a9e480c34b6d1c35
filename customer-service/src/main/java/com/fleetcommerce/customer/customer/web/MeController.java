package com.fleetcommerce.customer.customer.web;

import com.fleetcommerce.customer.customer.application.CustomerAccess;
import com.fleetcommerce.customer.customer.application.CustomerService;
import com.fleetcommerce.customer.customer.domain.Customer;
import com.fleetcommerce.shared.web.http.ETags;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The calling customer's own record (the token's {@code sub} is the account id). */
@RestController
@RequestMapping("/api/v1/customers/me")
public class MeController {

    private final CustomerAccess access;
    private final CustomerService customers;

    MeController(CustomerAccess access, CustomerService customers) {
        this.access = access;
        this.customers = customers;
    }

    @GetMapping
    ResponseEntity<CustomerResponse> me() {
        return ok(access.me());
    }

    @PutMapping("/profile")
    ResponseEntity<CustomerResponse> profile(@RequestHeader(value = "If-Match", required = false) String ifMatch,
                                             @Valid @RequestBody ProfileRequest request) {
        return ok(customers.changeProfile(access.me(), ifMatch, request.toChange()));
    }

    @PutMapping("/preferences")
    ResponseEntity<CustomerResponse> preferences(
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody PreferencesRequest request) {
        return ok(customers.changePreferences(access.me(), ifMatch, request.toChange()));
    }

    static ResponseEntity<CustomerResponse> ok(Customer customer) {
        return ResponseEntity.ok().eTag(ETags.of(customer.version())).body(CustomerResponse.of(customer));
    }
}

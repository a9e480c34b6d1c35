package com.fleetcommerce.customer.customer.web;

import java.util.UUID;

import com.fleetcommerce.customer.customer.application.CustomerAccess;
import com.fleetcommerce.customer.customer.application.CustomerService;
import com.fleetcommerce.shared.security.method.RequiresPermission;
import com.fleetcommerce.shared.web.page.PageQuery;
import com.fleetcommerce.shared.web.page.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customers by id: staff with {@code customers:read} / {@code customers:write}; a customer only their own id (any
 * other id is a 404, see {@link CustomerAccess}).
 */
@RestController
@Validated
@RequestMapping("/api/v1/customers")
public class CustomerController {

    private final CustomerAccess access;
    private final CustomerService customers;

    CustomerController(CustomerAccess access, CustomerService customers) {
        this.access = access;
        this.customers = customers;
    }

    @GetMapping
    @RequiresPermission(CustomerAccess.READ)
    PageResponse<CustomerResponse> search(@RequestParam(required = false) @Size(max = 200) String q,
                                          @RequestParam(required = false) UUID segment, PageQuery page) {
        return customers.search(q, segment, page).map(CustomerResponse::of);
    }

    @GetMapping("/{id}")
    ResponseEntity<CustomerResponse> get(@PathVariable UUID id) {
        return MeController.ok(access.readable(id));
    }

    @PutMapping("/{id}/profile")
    ResponseEntity<CustomerResponse> profile(@PathVariable UUID id,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                             @Valid @RequestBody ProfileRequest request) {
        return MeController.ok(customers.changeProfile(access.writable(id), ifMatch, request.toChange()));
    }
}

package com.fleetcommerce.customer.address.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import com.fleetcommerce.customer.address.application.AddressService;
import com.fleetcommerce.customer.address.domain.Address;
import com.fleetcommerce.customer.customer.application.CustomerAccess;
import com.fleetcommerce.shared.web.http.ETags;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The calling customer's address book; another customer's address id answers 404. */
@RestController
@RequestMapping("/api/v1/customers/me/addresses")
public class AddressController {

    private final CustomerAccess access;
    private final AddressService addresses;

    AddressController(CustomerAccess access, AddressService addresses) {
        this.access = access;
        this.addresses = addresses;
    }

    @GetMapping
    List<AddressResponse> list() {
        return addresses.list(access.me()).stream().map(AddressResponse::of).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<AddressResponse> get(@PathVariable UUID id) {
        return ok(addresses.get(access.me(), id));
    }

    @PostMapping
    ResponseEntity<AddressResponse> create(@Valid @RequestBody AddressRequest request) {
        Address created = addresses.create(access.me(), request.toDraft());
        return ResponseEntity.created(URI.create("/api/v1/customers/me/addresses/" + created.id()))
                .eTag(ETags.of(created.version())).body(AddressResponse.of(created));
    }

    @PutMapping("/{id}")
    ResponseEntity<AddressResponse> update(@PathVariable UUID id,
                                           @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                           @Valid @RequestBody AddressRequest request) {
        return ok(addresses.update(access.me(), id, ifMatch, request.toDraft()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        addresses.delete(access.me(), id);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<AddressResponse> ok(Address address) {
        return ResponseEntity.ok().eTag(ETags.of(address.version())).body(AddressResponse.of(address));
    }
}

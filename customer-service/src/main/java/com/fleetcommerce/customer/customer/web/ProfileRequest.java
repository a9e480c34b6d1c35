package com.fleetcommerce.customer.customer.web;

import java.time.LocalDate;

import com.fleetcommerce.customer.customer.application.ProfileChange;
import com.fleetcommerce.customer.customer.domain.Gender;
import jakarta.validation.constraints.Size;

/** The whole profile (PUT semantics: an omitted field is cleared). */
public record ProfileRequest(@Size(max = 100) String firstName, @Size(max = 100) String lastName, LocalDate birthday,
                             Gender gender, @Size(max = 2048) String avatarUrl, @Size(max = 20) String phone) {

    ProfileChange toChange() {
        return new ProfileChange(firstName, lastName, birthday, gender, avatarUrl, phone);
    }
}

package com.fleetcommerce.customer.customer.application;

import java.time.LocalDate;

import com.fleetcommerce.customer.customer.domain.Gender;

public record ProfileChange(String firstName, String lastName, LocalDate birthday, Gender gender, String avatarUrl,
                            String phone) {
}

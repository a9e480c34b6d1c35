package com.fleetcommerce.customer.customer.web;

import java.time.LocalDate;

import com.fleetcommerce.customer.customer.domain.Gender;

public record ProfileResponse(String firstName, String lastName, LocalDate birthday, Gender gender,
                              String avatarUrl) {
}

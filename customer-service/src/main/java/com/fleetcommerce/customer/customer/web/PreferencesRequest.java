package com.fleetcommerce.customer.customer.web;

import java.util.EnumSet;
import java.util.Set;

import com.fleetcommerce.customer.customer.application.PreferencesChange;
import com.fleetcommerce.customer.customer.domain.NotificationChannel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

public record PreferencesRequest(@NotBlank String language, @NotBlank String currency,
                                 @NotNull Set<NotificationChannel> notificationChannels,
                                 @NotNull Boolean marketingEmail, @NotNull Boolean marketingSms,
                                 @NotNull Boolean marketingPush) {

    PreferencesChange toChange() {
        return new PreferencesChange(language, currency,
                notificationChannels.isEmpty() ? Set.of() : EnumSet.copyOf(notificationChannels),
                marketingEmail, marketingSms, marketingPush);
    }
}

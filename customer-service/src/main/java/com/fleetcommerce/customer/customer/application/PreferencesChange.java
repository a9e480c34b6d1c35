package com.fleetcommerce.customer.customer.application;

import java.util.Set;

import com.fleetcommerce.customer.customer.domain.NotificationChannel;

public record PreferencesChange(String language, String currency, Set<NotificationChannel> notificationChannels,
                                boolean marketingEmail, boolean marketingSms, boolean marketingPush) {
}

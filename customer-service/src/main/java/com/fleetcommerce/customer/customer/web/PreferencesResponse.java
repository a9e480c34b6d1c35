package com.fleetcommerce.customer.customer.web;

import java.util.List;

public record PreferencesResponse(String language, String currency, List<String> notificationChannels,
                                  ConsentResponse marketingEmail, ConsentResponse marketingSms,
                                  ConsentResponse marketingPush) {
}
